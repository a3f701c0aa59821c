/**
 * Puts a case on hold (ON_HOLD) with a required note saying what it waits for (more context, a reply from a room
 * admin, a legal question). The claim is released: a held case is parked, not being reviewed, and "Next case"
 * must not hand it back. The status move is shared with escalate-case.ts.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

import { assertNotStale, assertOpen, claimGuard, claimLive, heldByMessage, isLead, loadCaseForReviewer } from "./claim-case";
import type { ClaimOptions } from "./claim-next-case";
import { type CaseStateResult, type ClaimActor, parseInput, type THoldCaseInput, ZHoldCaseInput } from "./claim-schemas";

export async function holdCase(
  db: Db,
  rawInput: THoldCaseInput,
  reviewer: ClaimActor,
  options: Pick<ClaimOptions, "now"> = {},
): Promise<CaseStateResult> {
  return moveCaseWithNote(db, parseInput(ZHoldCaseInput, rawInput, "hold"), reviewer, options.now ?? new Date(), {
    to: "ON_HOLD",
    audit: "CASE_HELD",
  });
}

export async function moveCaseWithNote(
  db: Db,
  input: { caseId: string; note: string; expectedUpdatedAt?: string },
  reviewer: ClaimActor,
  now: Date,
  move: { to: Extract<CaseStatus, "ON_HOLD" | "ESCALATED">; audit: "CASE_HELD" | "CASE_ESCALATED" },
): Promise<CaseStateResult> {
  return db.$transaction(
    async (tx) => {
      const row = await loadCaseForReviewer(tx, input.caseId, reviewer);
      assertOpen(row, move.to === "ON_HOLD" ? "put on hold" : "escalate");
      if (row.status === move.to) {
        throw new AppError("CONFLICT", `This case is already ${move.to === "ON_HOLD" ? "on hold" : "escalated"}; reload.`);
      }
      assertNotStale(row, input.expectedUpdatedAt);
      // Someone reviewing the case right now decides its fate; only a lead may overrule a live claim.
      if (claimLive(row, now) && row.claimedById !== reviewer.id && !isLead(reviewer)) {
        throw new AppError("CONFLICT", heldByMessage(row));
      }
      const moved = await tx.case.updateMany({
        where: { id: row.id, status: row.status, ...claimGuard(row, now) },
        data: { status: move.to, statusNote: input.note, claimedById: null, claimExpiresAt: null },
      });
      if (moved.count !== 1) throw new AppError("CONFLICT", "Someone else changed this case a moment ago; reload.");
      await recordAuditEvent(tx, {
        type: move.audit,
        actor: { kind: "reviewer", id: reviewer.id, mxid: reviewer.mxid },
        target: { type: "case", id: row.id },
        context: reviewer.context,
        data: { caseNumber: row.number, fromStatus: row.status, note: input.note },
      });
      const after = await tx.case.findUniqueOrThrow({ where: { id: row.id }, select: { status: true, updatedAt: true } });
      return { caseId: row.id, status: after.status, updatedAt: after.updatedAt.toISOString() };
    },
    { timeout: 20_000 },
  );
}
