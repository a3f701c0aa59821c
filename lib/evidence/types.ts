/**
 * Evidence snapshots: what the console keeps of the content a destructive action is about to change or destroy.
 * A snapshot is prepared outside any transaction (it needs Synapse) and written inside the decision's transaction,
 * so it exists exactly when the decision does. Pure types and constants; no I/O.
 */
import type { Prisma } from "@/lib/generated/prisma/client";

export const EVIDENCE_KINDS = ["event", "media", "room", "capture_error"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface PreparedSnapshot {
  kind: EvidenceKind;
  /** The Matrix id the snapshot is about: `$event`, `mxc://…`, `!room`, or the part that failed. */
  subjectKey: string;
  data: Prisma.InputJsonObject;
  /** Media bytes, only for files being quarantined or deleted and within the caps. */
  content: Uint8Array | null;
  /** Of `content` when kept; otherwise Synapse's hash of the file, or of the canonical JSON of `data`. */
  sha256: string;
}

/** Snapshots prepared for one case; persistEvidence refuses to attach them to a decision on another case. */
export interface PreparedEvidence {
  caseId: string;
  capturedAt: string;
  retentionDays: number;
  snapshots: PreparedSnapshot[];
}

export interface EvidenceLimits {
  /** Bytes kept per file; a larger file keeps metadata and hash only. */
  maxFileBytes: number;
  /** Bytes kept per decision, across files, in the order the plan lists them. */
  maxDecisionBytes: number;
  retentionDays: number;
  /** Files listed per user or room whose media is quarantined as a whole (the rest are counted, not captured). */
  maxListedMedia: number;
}

export const MB = 1024 * 1024;

export const DEFAULT_EVIDENCE_LIMITS: EvidenceLimits = {
  maxFileBytes: 25 * MB,
  maxDecisionBytes: 100 * MB,
  retentionDays: 365,
  maxListedMedia: 50,
};

/** Why a file's bytes were not kept; shown on the case page so nobody assumes a copy exists. */
export type BytesOmitted =
  "over_file_cap" | "over_decision_cap" | "not_found" | "fetch_failed" | "not_requested";
