/**
 * Writes prepared snapshots inside the decision's transaction, with their audit event: if the decision rolls back
 * (conflict, validation, a crash) no snapshot is left behind, and a committed decision always has its evidence.
 * `retainUntil` counts from the decision, not from the capture, so a slow decision does not shorten retention.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { AuditActor, AuditContext } from "@/lib/audit/types";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import type { PreparedEvidence } from "./types";

const DAY_MS = 86_400_000;

export async function persistEvidence(
  tx: Tx,
  evidence: PreparedEvidence,
  target: { caseId: string; decisionId: string; now: Date; actor: AuditActor; context?: AuditContext },
): Promise<string[]> {
  // Evidence captured for one case must never be filed under another (a stale form, a mixed-up bulk run).
  if (evidence.caseId !== target.caseId)
    throw new AppError("BAD_REQUEST", "The evidence was captured for another case.");
  if (evidence.snapshots.length === 0) return [];
  const retainUntil = new Date(target.now.getTime() + evidence.retentionDays * DAY_MS);
  const rows = await tx.evidenceSnapshot.createManyAndReturn({
    data: evidence.snapshots.map((s) => ({
      caseId: target.caseId,
      decisionId: target.decisionId,
      kind: s.kind,
      subjectKey: s.subjectKey,
      data: s.data,
      content: s.content ? new Uint8Array(s.content) : null,
      sha256: s.sha256,
      retainUntil,
    })),
    select: { id: true },
  });
  const ids = rows.map((r) => r.id);
  await recordAuditEvent(tx, {
    type: "EVIDENCE_CAPTURED",
    actor: target.actor,
    target: { type: "case", id: target.caseId },
    context: target.context,
    data: {
      decisionId: target.decisionId,
      snapshotIds: ids.slice(0, 500),
      kinds: evidence.snapshots.map((s) => s.kind).slice(0, 500),
      bytesStored: evidence.snapshots.reduce((sum, s) => sum + (s.content?.byteLength ?? 0), 0),
      bytesOmitted: evidence.snapshots
        .filter((s) => s.kind === "media" && !s.content && s.data.bytesOmitted !== "not_requested")
        .map((s) => s.subjectKey)
        .slice(0, 500),
      captureErrors: evidence.snapshots.filter((s) => s.kind === "capture_error").length,
    },
  });
  return ids;
}
