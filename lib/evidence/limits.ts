/**
 * The evidence caps and retention from the environment (EVIDENCE_* in .env.example). Kept apart from types.ts so
 * the pure modules and their unit tests never read configuration.
 */
import { env } from "@/lib/env";

import { DEFAULT_EVIDENCE_LIMITS, type EvidenceLimits, MB } from "./types";

export function evidenceLimitsFromEnv(): EvidenceLimits {
  const { EVIDENCE_RETENTION_DAYS, EVIDENCE_MAX_FILE_MB, EVIDENCE_MAX_DECISION_MB } = env();
  return {
    ...DEFAULT_EVIDENCE_LIMITS,
    retentionDays: EVIDENCE_RETENTION_DAYS,
    maxFileBytes: EVIDENCE_MAX_FILE_MB * MB,
    maxDecisionBytes: EVIDENCE_MAX_DECISION_MB * MB,
  };
}
