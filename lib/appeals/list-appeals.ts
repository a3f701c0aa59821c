/**
 * The appeals page: appeals still waiting (filed or in review) by deadline, soonest first, and the most recently
 * decided or withdrawn ones. Appeals on child-safety cases are listed only for qualified reviewers, like the cases.
 */
import type { CurrentReviewer } from "@/lib/auth/types";
import { db as defaultDb, type Db } from "@/lib/db/client";
import type { AppealOutcome, AppealStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AppealListItem = {
  id: string;
  caseNumber: number;
  appellantMxid: string;
  /** The appellant's statement, cut for the list (the full text is on the case). */
  statementExcerpt: string;
  status: AppealStatus;
  outcome: AppealOutcome | null;
  policyId: string | null;
  assignedTo: { mxid: string; displayName: string | null } | null;
  childSafety: boolean;
  filedAt: string;
  dueAt: string;
  /** Still waiting and past its deadline. */
  overdue: boolean;
  decidedAt: string | null;
};

export type AppealLists = { waiting: AppealListItem[]; recent: AppealListItem[] };

const select = {
  id: true,
  appellantMxid: true,
  statement: true,
  status: true,
  outcome: true,
  filedAt: true,
  dueAt: true,
  decidedAt: true,
  case: { select: { number: true, childSafety: true } },
  decision: { select: { policyId: true } },
  assignedTo: { select: { mxid: true, displayName: true } },
} satisfies Prisma.AppealSelect;

export async function listAppeals(
  reviewer: Pick<CurrentReviewer, "childSafety">,
  { waitingLimit = 200, recentLimit = 50 }: { waitingLimit?: number; recentLimit?: number } = {},
  database: Db = defaultDb(),
): Promise<AppealLists> {
  const visible: Prisma.AppealWhereInput = reviewer.childSafety ? {} : { case: { childSafety: false } };
  const [waiting, recent] = await Promise.all([
    database.appeal.findMany({
      where: { ...visible, status: { in: ["FILED", "IN_REVIEW"] } },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take: waitingLimit,
      select,
    }),
    database.appeal.findMany({
      where: { ...visible, status: { in: ["DECIDED", "WITHDRAWN"] } },
      orderBy: [{ decidedAt: { sort: "desc", nulls: "last" } }, { updatedAt: "desc" }],
      take: recentLimit,
      select,
    }),
  ]);
  const now = Date.now();
  return { waiting: waiting.map((r) => toItem(r, now)), recent: recent.map((r) => toItem(r, now)) };
}

function toItem(row: Prisma.AppealGetPayload<{ select: typeof select }>, now: number): AppealListItem {
  return {
    id: row.id,
    caseNumber: row.case.number,
    appellantMxid: row.appellantMxid,
    statementExcerpt: row.statement.slice(0, 200),
    status: row.status,
    outcome: row.outcome,
    policyId: row.decision.policyId,
    assignedTo: row.assignedTo,
    childSafety: row.case.childSafety,
    filedAt: row.filedAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    overdue: (row.status === "FILED" || row.status === "IN_REVIEW") && row.dueAt.getTime() < now,
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}
