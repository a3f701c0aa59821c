/**
 * A lead sends a FAILED action back to the worker (after fixing what made it fail: media unprotected, Synapse
 * config corrected...). Attempts restart from zero. The Synapse job id is kept on purpose: the redaction and
 * deletion executors look at that job before starting another, so retrying an action whose job is in fact still
 * running adopts it instead of starting a second one.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { AuditContext } from "@/lib/audit/types";
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type RetryActor = { id: string; context?: AuditContext };

export async function retryEnforcementAction(db: Db, actionId: string, actor: RetryActor): Promise<void> {
  await db.$transaction(async (tx) => {
    const reviewer = await tx.reviewer.findUnique({ where: { id: actor.id } });
    if (!reviewer || !can(reviewer, "enforcement.retry")) {
      throw new AppError("FORBIDDEN", "Only leads and admins may retry a failed enforcement action.");
    }
    const action = await tx.enforcementAction.findUnique({ where: { id: actionId } });
    if (!action) throw new AppError("NOT_FOUND", "No such enforcement action.");
    // Guarded on FAILED so two leads clicking retry at once send it back once.
    const moved = await tx.enforcementAction.updateMany({
      where: { id: actionId, status: "FAILED" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), completedAt: null, lastError: null },
    });
    if (moved.count !== 1) {
      throw new AppError("CONFLICT", `This action is ${action.status.toLowerCase()}, not failed; reload to see its state.`);
    }
    await recordAuditEvent(tx, {
      type: "ENFORCEMENT_RETRY_REQUESTED",
      actor: { kind: "reviewer", id: reviewer.id, mxid: reviewer.mxid },
      target: { type: "enforcement_action", id: actionId },
      context: actor.context,
      data: { actionId, kind: action.kind, previousAttempts: action.attempts, previousError: action.lastError },
    });
  });
}
