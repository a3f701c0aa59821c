/**
 * Exposure per reviewer since a given time, for leads watching their team's load (who has seen how much this week).
 * Reviewers see only their own figures (exposure-today.ts); this needs `exposure.read_all`.
 */
import { assertCan } from "./assert-can";
import type { CurrentReviewer } from "@/lib/auth/types";
import type { Db } from "@/lib/db/client";

export interface ExposureTotal {
  reviewerId: string;
  mxid: string;
  displayName: string | null;
  previews: number;
  reveals: number;
}

export async function exposureTotals(
  db: Db,
  viewer: Pick<CurrentReviewer, "role">,
  since: Date,
): Promise<ExposureTotal[]> {
  assertCan(viewer, "exposure.read_all");
  const groups = await db.mediaExposure.groupBy({
    by: ["reviewerId", "kind"],
    where: { createdAt: { gte: since } },
    _count: { _all: true },
  });
  const ids = [...new Set(groups.map((g) => g.reviewerId))];
  const reviewers = await db.reviewer.findMany({
    where: { id: { in: ids } },
    select: { id: true, mxid: true, displayName: true },
  });
  const count = (id: string, kind: "PREVIEW" | "REVEAL") =>
    groups.find((g) => g.reviewerId === id && g.kind === kind)?._count._all ?? 0;
  return reviewers
    .map((r) => ({ reviewerId: r.id, mxid: r.mxid, displayName: r.displayName, previews: count(r.id, "PREVIEW"), reveals: count(r.id, "REVEAL") }))
    .sort((a, b) => b.reveals - a.reveals || b.previews - a.previews || a.mxid.localeCompare(b.mxid));
}
