/**
 * The queue: cases ordered by priority (highest first), then age (oldest first), with keyset pagination so a page
 * costs the same at case 300,000 as at case 1. Child-safety cases are visible only to qualified reviewers.
 */
import type { CurrentReviewer } from "@/lib/auth/types";
import { db as defaultDb, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

import { type CaseListItem, type CaseListPage, OPEN_STATUSES, type TListCasesQuery, ZListCasesQuery } from "./schemas";

type Cursor = { priority: number; openedAt: string; id: string };

export async function listCases(
  reviewer: Pick<CurrentReviewer, "childSafety">,
  query: TListCasesQuery,
  database: Db = defaultDb(),
): Promise<CaseListPage> {
  const { status, limit, cursor } = ZListCasesQuery.parse(query);
  const after = cursor ? decodeCursor(cursor) : null;
  const where: Prisma.CaseWhereInput = {
    status: status === "open" ? { in: [...OPEN_STATUSES] } : status,
    ...(reviewer.childSafety ? {} : { childSafety: false }),
    ...(after
      ? {
          OR: [
            { priority: { lt: after.priority } },
            { priority: after.priority, openedAt: { gt: new Date(after.openedAt) } },
            { priority: after.priority, openedAt: new Date(after.openedAt), id: { gt: after.id } },
          ],
        }
      : {}),
  };
  const rows = await database.case.findMany({
    where,
    orderBy: [{ priority: "desc" }, { openedAt: "asc" }, { id: "asc" }],
    take: limit + 1,
    include: {
      subject: { select: { kind: true, key: true, isLocal: true } },
      claimedBy: { select: { mxid: true, displayName: true } },
      signals: { select: { source: true }, orderBy: { occurredAt: "asc" }, take: 1 },
    },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toListItem),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ priority: last.priority, openedAt: last.openedAt.toISOString(), id: last.id })
        : null,
  };
}

function toListItem(row: Awaited<ReturnType<Db["case"]["findMany"]>>[number] & {
  subject: { kind: string; key: string; isLocal: boolean };
  claimedBy: { mxid: string; displayName: string | null } | null;
  signals: { source: string }[];
}): CaseListItem {
  const claimActive = !!row.claimExpiresAt && row.claimExpiresAt.getTime() > Date.now();
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
    claimExpiresAt: claimActive ? row.claimExpiresAt!.toISOString() : null,
    childSafety: row.childSafety,
  };
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(value: string): Cursor {
  try {
    const parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as Partial<Cursor>;
    if (typeof parsed.priority === "number" && typeof parsed.openedAt === "string" && typeof parsed.id === "string") {
      return parsed as Cursor;
    }
  } catch {
    // fall through
  }
  throw new AppError("BAD_REQUEST", "The cursor is not valid; start again from the first page.");
}
