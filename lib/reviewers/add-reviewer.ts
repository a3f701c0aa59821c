/**
 * Puts a Matrix account on the console's roster with a role, or updates the role of one already there
 * (reactivating it if it was removed). Each change is audited in the same transaction.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { AuditActor } from "@/lib/audit/types";
import type { Db } from "@/lib/db/client";
import type { Reviewer } from "@/lib/generated/prisma/client";

import { type TAddReviewerInput, ZAddReviewerInput } from "./schemas";

export type AddReviewerResult = { reviewer: Reviewer; change: "added" | "updated" | "unchanged" };

export async function addReviewer(db: Db, input: TAddReviewerInput, actor: AuditActor): Promise<AddReviewerResult> {
  const { mxid, role, childSafety: requestedChildSafety, displayName } = ZAddReviewerInput.parse(input);
  return db.$transaction(async (tx) => {
    const existing = await tx.reviewer.findUnique({ where: { mxid } });
    const target = (id: string) => ({ type: "reviewer", id });
    if (!existing) {
      const childSafety = requestedChildSafety ?? false;
      const reviewer = await tx.reviewer.create({ data: { mxid, role, childSafety, displayName } });
      await recordAuditEvent(tx, { type: "REVIEWER_ADDED", actor, target: target(reviewer.id), data: { mxid, role, childSafety } });
      return { reviewer, change: "added" };
    }
    const childSafety = requestedChildSafety ?? existing.childSafety;
    let change: AddReviewerResult["change"] = "unchanged";
    if (existing.deactivatedAt) {
      await recordAuditEvent(tx, { type: "REVIEWER_REACTIVATED", actor, target: target(existing.id), data: { mxid } });
      change = "updated";
    }
    if (existing.role !== role) {
      await recordAuditEvent(tx, {
        type: "REVIEWER_ROLE_CHANGED",
        actor,
        target: target(existing.id),
        data: { mxid, from: existing.role, to: role },
      });
      change = "updated";
    }
    if (existing.childSafety !== childSafety) {
      await recordAuditEvent(tx, { type: "REVIEWER_CHILD_SAFETY_CHANGED", actor, target: target(existing.id), data: { mxid, childSafety } });
      change = "updated";
    }
    if (change === "unchanged") return { reviewer: existing, change };
    const reviewer = await tx.reviewer.update({
      where: { id: existing.id },
      data: {
        role,
        childSafety,
        displayName: displayName ?? existing.displayName,
        deactivatedAt: null,
        // A role change takes effect on the next request anyway (roles are read per request); bumping the
        // session version also ends sessions that were opened under the old role.
        sessionVersion: { increment: 1 },
      },
    });
    return { reviewer, change };
  });
}
