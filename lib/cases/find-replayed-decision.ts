/**
 * Idempotent decisions: a client that lost the answer to "decide" (network drop, double click, server action retry)
 * resends it with the same requestId. The first attempt's CASE_DECIDED audit event carries that key, so we find the
 * decision it made instead of writing a second. The audit log is the right place for the key: it is append-only and
 * written in the decision's own transaction, so the key exists exactly when the decision does. The schema needs no
 * column for it.
 */
import type { Db } from "@/lib/db/client";

import type { DecideCaseResult } from "./decision-schemas";

export async function findReplayedDecision(
  db: Db,
  caseId: string,
  requestId: string,
  reviewerId: string,
): Promise<DecideCaseResult | null> {
  const event = await db.auditEvent.findFirst({
    where: {
      type: "CASE_DECIDED",
      targetType: "case",
      targetId: caseId,
      // Only the same reviewer's retry is a replay; another reviewer reusing a key gets the conflict.
      actorId: reviewerId,
      data: { path: ["requestId"], equals: requestId },
    },
    orderBy: { seq: "desc" },
    select: { data: true },
  });
  const data = event?.data;
  if (!data || typeof data !== "object" || Array.isArray(data) || typeof data.decisionId !== "string") return null;
  const actions = await db.enforcementAction.findMany({
    where: { decisionId: data.decisionId },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  return { decisionId: data.decisionId, caseId, actionIds: actions.map((a) => a.id), replayed: true };
}
