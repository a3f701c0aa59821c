/**
 * The leads' list of failed enforcement actions, newest failure first, with the case each belongs to, so a lead
 * can see what did not happen on Synapse and why (Synapse's errcode and text), then retry or act by hand.
 * Served by `enforcement_actions_status_updated_at_idx`; keyset-paginated on (updatedAt, id).
 */
import type { PermissionSubject } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type FailedActionItem = {
  id: string;
  kind: string;
  target: string;
  attempts: number;
  lastError: string | null;
  result: unknown;
  synapseJobId: string | null;
  failedAt: string;
  decision: { id: string; outcome: string; policyId: string | null };
  case: { id: string; number: number; childSafety: boolean };
};

export async function listFailedActions(
  db: Db,
  reviewer: PermissionSubject & { childSafety: boolean },
  query: { limit?: number; cursor?: string } = {},
): Promise<{ items: FailedActionItem[]; nextCursor: string | null }> {
  if (!can(reviewer, "enforcement.retry")) throw new AppError("FORBIDDEN", "Only leads and admins see failed enforcement.");
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 200);
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await db.enforcementAction.findMany({
    where: {
      status: "FAILED",
      // Child-safety cases stay with qualified reviewers, here as in the queue.
      ...(reviewer.childSafety ? {} : { decision: { case: { childSafety: false } } }),
      ...(after ? { OR: [{ updatedAt: { lt: after.at } }, { updatedAt: after.at, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    include: { decision: { select: { id: true, outcome: true, policyId: true, case: { select: { id: true, number: true, childSafety: true } } } } },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id,
      kind: r.kind,
      target: r.target,
      attempts: r.attempts,
      lastError: r.lastError,
      result: r.result,
      synapseJobId: r.synapseJobId,
      failedAt: (r.completedAt ?? r.updatedAt).toISOString(),
      decision: { id: r.decision.id, outcome: r.decision.outcome, policyId: r.decision.policyId },
      case: r.decision.case,
    })),
    nextCursor: rows.length > limit && last ? Buffer.from(`${last.updatedAt.toISOString()}|${last.id}`).toString("base64url") : null,
  };
}

function decodeCursor(cursor: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const date = at ? new Date(at) : new Date(NaN);
  if (!id || Number.isNaN(date.getTime())) throw new AppError("BAD_REQUEST", "Invalid cursor.");
  return { at: date, id };
}
