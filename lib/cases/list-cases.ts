/**
 * The queue: cases in one of three orders (priority, oldest first, newest first), filtered, with keyset
 * pagination so a page costs the same at case 300,000 as at case 1. Child-safety cases are visible only to
 * qualified reviewers.
 *
 * Why the priority order takes two queries: it sorts `priority DESC, opened_at ASC, id ASC`, mixed directions, so
 * "after the cursor" cannot be one row comparison and an OR of the three cases is not an index range: PostgreSQL
 * would walk the index from the top and filter, which is an OFFSET in disguise. Split instead into "the rest of
 * the cursor's priority" (`priority = p AND (opened_at, id) > (o, i)`) and "lower priorities" (`priority < p`);
 * each is a range on cases_open_queue_idx, and the second runs only when the first does not fill the page.
 */
import type { CurrentReviewer } from "@/lib/auth/types";
import { db as defaultDb, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

import { queueWhere } from "./queue-filters";
import { type CaseListItem, type CaseListPage, type QueueSort, type TListCasesQuery, ZListCasesQuery } from "./schemas";

/** Priority cursors keep the original shape (no `sort`), so links and scripts holding one keep working. */
type Cursor = { sort?: QueueSort; priority?: number; openedAt: string; id: string };

/** What a queue row needs, and no more: never the enrichment JSON, which can be large. */
const SELECT = {
  id: true,
  number: true,
  status: true,
  priority: true,
  severity: true,
  suggestedPolicyId: true,
  signalCount: true,
  reporterCount: true,
  openedAt: true,
  lastSignalAt: true,
  claimExpiresAt: true,
  childSafety: true,
  updatedAt: true,
  subject: { select: { kind: true, key: true, isLocal: true } },
  claimedBy: { select: { id: true, mxid: true, displayName: true } },
  signals: { select: { source: true }, orderBy: { occurredAt: "asc" }, take: 1 },
} satisfies Prisma.CaseSelect;

type Row = Prisma.CaseGetPayload<{ select: typeof SELECT }>;

const ORDER: Record<QueueSort, Prisma.CaseOrderByWithRelationInput[]> = {
  priority: [{ priority: "desc" }, { openedAt: "asc" }, { id: "asc" }],
  oldest: [{ openedAt: "asc" }, { id: "asc" }],
  newest: [{ openedAt: "desc" }, { id: "desc" }],
};

export async function listCases(
  reviewer: Pick<CurrentReviewer, "childSafety"> & { id?: string },
  query: TListCasesQuery,
  database: Db = defaultDb(),
  now: Date = new Date(),
): Promise<CaseListPage> {
  const { limit, cursor, ...filters } = ZListCasesQuery.parse(query);
  const after = cursor ? decodeCursor(cursor, filters.sort) : null;
  const base = queueWhere(filters, reviewer, now);
  const find = (bound: Prisma.CaseWhereInput | null, take: number) =>
    database.case.findMany({
      where: bound ? { AND: [base, bound] } : base,
      orderBy: ORDER[filters.sort],
      take,
      select: SELECT,
    });

  let rows: Row[];
  if (!after) rows = await find(null, limit + 1);
  else if (filters.sort === "priority") {
    const priority = after.priority ?? 0;
    const openedAt = new Date(after.openedAt);
    rows = await find(
      { priority, OR: [{ openedAt: { gt: openedAt } }, { openedAt, id: { gt: after.id } }] },
      limit + 1,
    );
    if (rows.length <= limit) rows = rows.concat(await find({ priority: { lt: priority } }, limit + 1 - rows.length));
  } else {
    const openedAt = new Date(after.openedAt);
    const dir = filters.sort === "oldest" ? "gt" : "lt";
    // The extra `gte`/`lte` bound on opened_at alone is what lets the index scan start at the cursor.
    rows = await find(
      {
        openedAt: { [dir === "gt" ? "gte" : "lte"]: openedAt },
        OR: [{ openedAt: { [dir]: openedAt } }, { openedAt, id: { [dir]: after.id } }],
      },
      limit + 1,
    );
  }

  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toListItem(row, now)),
    nextCursor: rows.length > limit && last ? encodeCursor(filters.sort, last) : null,
  };
}

function toListItem(row: Row, now: Date): CaseListItem {
  const claimActive = !!row.claimExpiresAt && row.claimExpiresAt.getTime() > now.getTime();
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    priority: row.priority,
    severity: row.severity,
    subject: row.subject,
    source: row.signals[0]?.source ?? null,
    suggestedPolicyId: row.suggestedPolicyId,
    signalCount: row.signalCount,
    reporterCount: row.reporterCount,
    openedAt: row.openedAt.toISOString(),
    lastSignalAt: row.lastSignalAt.toISOString(),
    claimedBy: claimActive ? row.claimedBy : null,
    claimExpiresAt: claimActive && row.claimExpiresAt ? row.claimExpiresAt.toISOString() : null,
    childSafety: row.childSafety,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function encodeCursor(sort: QueueSort, row: Row): string {
  const cursor: Cursor =
    sort === "priority"
      ? { priority: row.priority, openedAt: row.openedAt.toISOString(), id: row.id }
      : { sort, openedAt: row.openedAt.toISOString(), id: row.id };
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(value: string, sort: QueueSort): Cursor {
  try {
    const parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as Partial<Cursor>;
    const cursorSort = parsed.sort ?? "priority";
    const shapeOk =
      typeof parsed.openedAt === "string" &&
      !Number.isNaN(Date.parse(parsed.openedAt)) &&
      typeof parsed.id === "string" &&
      (cursorSort !== "priority" || typeof parsed.priority === "number");
    if (shapeOk && cursorSort === sort) return parsed as Cursor;
  } catch {
    // fall through: not base64/JSON
  }
  throw new AppError("BAD_REQUEST", "The cursor is not valid; start again from the first page.");
}
