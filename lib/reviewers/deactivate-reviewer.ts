/** Removes a reviewer from the roster: their sessions and API tokens stop working at once; history stays. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { AuditActor } from "@/lib/audit/types";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function deactivateReviewer(db: Db, mxid: string, actor: AuditActor): Promise<void> {
  await db.$transaction(async (tx) => {
    const reviewer = await tx.reviewer.findUnique({ where: { mxid } });
    if (!reviewer) throw new AppError("NOT_FOUND", `${mxid} is not on the roster.`);
    if (reviewer.deactivatedAt) return;
    await tx.reviewer.update({
      where: { id: reviewer.id },
      data: { deactivatedAt: new Date(), sessionVersion: { increment: 1 } },
    });
    await recordAuditEvent(tx, { type: "REVIEWER_DEACTIVATED", actor, target: { type: "reviewer", id: reviewer.id }, data: { mxid } });
  });
}
