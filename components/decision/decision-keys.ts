/**
 * Query keys of the decision UI, under the case's detail key: invalidating `caseKeys.detail(id)` (or
 * `caseKeys.all`) refreshes them too. Kept here, not in lib/query/keys.ts, which another team owns for now.
 */
import { caseKeys } from "@/lib/query/keys";

export const decisionKeys = {
  list: (caseId: string) => [...caseKeys.detail(caseId), "decisions"] as const,
  /** Keyed by the planned actions as JSON, so the same plan is not estimated twice. */
  blastRadius: (caseId: string, actionsJson: string) => [...caseKeys.detail(caseId), "blast-radius", actionsJson] as const,
  /** Evidence snapshots taken before destructive actions; a new decision (caseKeys.all) refreshes them. */
  evidence: (caseId: string) => [...caseKeys.detail(caseId), "evidence"] as const,
};

export const enforcementKeys = {
  all: ["enforcement"] as const,
  failed: () => [...enforcementKeys.all, "failed"] as const,
};
