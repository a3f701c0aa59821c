/**
 * Gives a claimed case back to the queue. The holder releases their own claim; a lead may release someone else's
 * (a reviewer went home with a case open), which the audit row marks as forced.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { assertNotStale, assertOpen, claimGuard, claimLive, heldByMessage, isLead, loadCaseForReviewer } from "./claim-case";
import type { ClaimOptions } from "./claim-next-case";
import { type CaseStateResult, type ClaimActor, parseInput, type TReleaseCaseInput, ZReleaseCaseInput } from "./claim-schemas";

export async function releaseCase(
  db: Db,
  rawInput: TReleaseCaseInput,
  reviewer: ClaimActor,
  options: Pick<ClaimOptions, "now"> = {},
): Promise<CaseStateResult> {
  const input = parseInput(ZReleaseCaseInput, rawInput, "release");
  const now = options.now ?? new Date();
  return db.$transaction(
    async (tx) => {
      const row = await loadCaseForReviewer(tx, input.caseId, reviewer);
      assertOpen(row, "release");
      assertNotStale(row, input.expectedUpdatedAt);
      if (!row.claimedById) throw new AppError("CONFLICT", "Nobody holds this case; there is nothing to release.");
      const forced = row.claimedById !== reviewer.id;
      if (forced && !isLead(reviewer)) {
        throw new AppError("CONFLICT", claimLive(row, now) ? heldByMessage(row) : "You do not hold this case any more.");
      }
      const moved = await tx.case.updateMany({
        where: { id: row.id, status: row.status, ...claimGuard(row, now) },
        data: { claimedById: null, claimExpiresAt: null },
      });
      if (moved.count !== 1) throw new AppError("CONFLICT", "Someone else changed this case a moment ago; reload.");
      await recordAuditEvent(tx, {
        type: "CASE_RELEASED",
        actor: { kind: "reviewer", id: reviewer.id, mxid: reviewer.mxid },
        target: { type: "case", id: row.id },
        context: reviewer.context,
        data: { caseNumber: row.number, claimantId: row.claimedById, forced },
      });
      const after = await tx.case.findUniqueOrThrow({ where: { id: row.id }, select: { status: true, updatedAt: true } });
      return { caseId: row.id, status: after.status, updatedAt: after.updatedAt.toISOString() };
    },
    { timeout: 20_000 },
  );
}
