/**
 * Counts of open cases (open, on hold, escalated) the reviewer may see, per value of each queue filter, for the
 * numbers next to the filter choices.
 *
 * Cheap by construction: one scan of the open cases with GROUPING SETS gives every facet and the age/claim counts
 * at once, and one grouped join gives the per-source counts. The counts are of the whole open queue, not of the
 * current filter combination: faceting every filter against every other would be one query per facet per poll,
 * and "how big is each pile" is what the numbers are for.
 */
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

import { AGE_FILTER_HOURS, type QueueCounts } from "./schemas";

type FacetRow = {
  g_status: number;
  g_kind: number;
  g_local: number;
  g_harm: number;
  status: string | null;
  kind: string | null;
  is_local: boolean | null;
  category: string | null;
  n: number;
  age_24h: number;
  age_72h: number;
  age_7d: number;
  mine: number;
  unclaimed: number;
};

export async function countQueue(
  db: Db,
  _input: Record<string, never>,
  reviewer: { id: string; childSafety: boolean },
  now: Date = new Date(),
): Promise<QueueCounts> {
  const visibility = reviewer.childSafety ? Prisma.empty : Prisma.sql`AND c.child_safety = false`;
  const olderThan = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
  const [facets, sources] = await Promise.all([
    db.$queryRaw<FacetRow[]>`
      SELECT GROUPING(c.status)::int AS g_status, GROUPING(s.kind)::int AS g_kind,
             GROUPING(s.is_local)::int AS g_local, GROUPING(p.category)::int AS g_harm,
             c.status::text AS status, s.kind::text AS kind, s.is_local, p.category,
             count(*)::int AS n,
             count(*) FILTER (WHERE c.opened_at < ${olderThan(AGE_FILTER_HOURS["24h"])})::int AS age_24h,
             count(*) FILTER (WHERE c.opened_at < ${olderThan(AGE_FILTER_HOURS["72h"])})::int AS age_72h,
             count(*) FILTER (WHERE c.opened_at < ${olderThan(AGE_FILTER_HOURS["7d"])})::int AS age_7d,
             count(*) FILTER (WHERE c.claimed_by_id = ${reviewer.id} AND c.claim_expires_at > ${now})::int AS mine,
             count(*) FILTER (WHERE c.claimed_by_id IS NULL OR c.claim_expires_at IS NULL
                                 OR c.claim_expires_at <= ${now})::int AS unclaimed
      FROM cases c
      JOIN subjects s ON s.id = c.subject_id
      LEFT JOIN policies p ON p.id = c.suggested_policy_id
      WHERE c.status IN ('OPEN', 'ON_HOLD', 'ESCALATED') ${visibility}
      GROUP BY GROUPING SETS ((c.status), (s.kind), (s.is_local), (p.category), ())`,
    db.$queryRaw<{ source: string; n: number }[]>`
      SELECT sg.source::text AS source, count(DISTINCT sg.case_id)::int AS n
      FROM signals sg
      JOIN cases c ON c.id = sg.case_id
      WHERE c.status IN ('OPEN', 'ON_HOLD', 'ESCALATED') ${visibility}
      GROUP BY sg.source`,
  ]);
  return toCounts(facets, sources);
}

function toCounts(facets: FacetRow[], sources: { source: string; n: number }[]): QueueCounts {
  const counts: QueueCounts = {
    total: 0,
    status: {},
    kind: {},
    origin: { local: 0, remote: 0 },
    harm: {},
    source: Object.fromEntries(sources.map((r) => [r.source, r.n])),
    age: { "24h": 0, "72h": 0, "7d": 0 },
    mine: 0,
    unclaimed: 0,
  };
  for (const row of facets) {
    // GROUPING(x) = 0 means the row is grouped by x; the grand total has every column rolled up.
    if (row.g_status === 0 && row.status) counts.status[row.status] = row.n;
    else if (row.g_kind === 0 && row.kind) counts.kind[row.kind] = row.n;
    else if (row.g_local === 0 && row.is_local !== null) counts.origin[row.is_local ? "local" : "remote"] = row.n;
    else if (row.g_harm === 0) counts.harm[row.category ?? "none"] = row.n;
    else {
      counts.total = row.n;
      counts.age = { "24h": row.age_24h, "72h": row.age_72h, "7d": row.age_7d };
      counts.mine = row.mine;
      counts.unclaimed = row.unclaimed;
    }
  }
  return counts;
}
