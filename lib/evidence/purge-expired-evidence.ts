/**
 * The retention sweep: removes snapshots whose `retainUntil` has passed, in batches, each batch with its
 * EVIDENCE_PURGED audit event in the same transaction (a deletion nobody can account for must not happen).
 * Rows with no `retainUntil` (written before retention existed, or held on purpose) are never touched.
 *
 * Batches keep each transaction short: the audit chain's lock is shared with every decision being made.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { AuditActor } from "@/lib/audit/types";
import type { Db } from "@/lib/db/client";

export interface PurgeResult {
  purged: number;
  batches: number;
}

export async function purgeExpiredEvidence(
  db: Db,
  options: { now: Date; actor: AuditActor; batchSize?: number; dryRun?: boolean },
): Promise<PurgeResult> {
  const batchSize = options.batchSize ?? 500;
  const expired = { retainUntil: { lt: options.now } };
  if (options.dryRun) return { purged: await db.evidenceSnapshot.count({ where: expired }), batches: 0 };
  let purged = 0;
  let batches = 0;
  for (;;) {
    const deleted = await db.$transaction(async (tx) => {
      const rows = await tx.evidenceSnapshot.findMany({
        where: expired,
        select: { id: true, caseId: true },
        orderBy: { retainUntil: "asc" },
        take: batchSize,
      });
      if (rows.length === 0) return 0;
      // Re-checks the expiry: a row whose retention was extended (legal hold) since it was read stays.
      const { count } = await tx.evidenceSnapshot.deleteMany({
        where: { id: { in: rows.map((r) => r.id) }, ...expired },
      });
      await recordAuditEvent(tx, {
        type: "EVIDENCE_PURGED",
        actor: options.actor,
        data: {
          count,
          retainedUntilBefore: options.now.toISOString(),
          caseIds: [...new Set(rows.map((r) => r.caseId))].slice(0, 1000),
        },
      });
      return count;
    });
    if (deleted === 0) break;
    purged += deleted;
    batches += 1;
  }
  return { purged, batches };
}
