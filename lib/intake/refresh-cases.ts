/**
 * Recomputes the counters and priority of the cases a batch touched, from their signals. Recomputing (rather than
 * incrementing) keeps the row right even after a retried or partially failed batch, and makes `reporterCount`
 * truly "distinct reporters".
 */
import { computePriority, type ReporterHistory } from "@/lib/cases/priority";
import type { Tx } from "@/lib/db/client";

import { summarizeHarms } from "./summarize-harms";

type Aggregate = {
  caseId: string;
  signals: number;
  reporters: string[] | null;
  last: Date;
  first: Date;
  harms: string[] | null;
  openedAt: Date;
};

export async function refreshCases(tx: Tx, caseIds: readonly string[], now: Date): Promise<void> {
  const ids = [...new Set(caseIds)].sort();
  if (ids.length === 0) return;
  const aggregates = await tx.$queryRaw<Aggregate[]>`
    SELECT c.id AS "caseId", c.opened_at AS "openedAt", a.signals, a.reporters, a.last, a.first, a.harms
    FROM cases c CROSS JOIN LATERAL (
      SELECT count(*)::int AS signals, max(s.occurred_at) AS last, min(s.occurred_at) AS first,
        array_agg(DISTINCT s.reporter_mxid) FILTER (WHERE s.reporter_mxid IS NOT NULL) AS reporters,
        (SELECT array_agg(h) FROM signals s2 CROSS JOIN unnest(s2.harm_ids) AS h WHERE s2.case_id = c.id) AS harms
      FROM signals s WHERE s.case_id = c.id
    ) a
    WHERE c.id = ANY(${ids}::text[])
    ORDER BY c.id`;
  const history = await reporterHistory(tx, [...new Set(aggregates.flatMap((a) => a.reporters ?? []))]);

  const rows = aggregates.map((a) => {
    const harms = summarizeHarms(a.harms ?? []);
    const reporters = a.reporters ?? [];
    const priority = computePriority({
      severity: harms.severity,
      childSafety: harms.childSafety,
      distinctReporters: reporters.length,
      reporterHistory: reporters.flatMap((r) => history.get(r) ?? []),
      ageHours: (now.getTime() - Math.min(a.openedAt.getTime(), a.first.getTime())) / 3_600_000,
    });
    return { ...a, ...harms, reporterCount: reporters.length, priority };
  });
  await tx.$executeRaw`
    UPDATE cases c SET
      signal_count = t.signals, reporter_count = t.reporters, last_signal_at = GREATEST(c.last_signal_at, t.last),
      -- A case has waited since its first notice arrived in Synapse, not since intake happened to pull it: the
      -- queue's age, SLA colours and transparency handling times all count from there.
      opened_at = LEAST(c.opened_at, t.first),
      severity = t.severity, priority = t.priority, child_safety = c.child_safety OR t.child_safety,
      suggested_policy_id = (SELECT p.id FROM policies p WHERE p.id = t.policy), updated_at = ${now}::timestamptz
    FROM unnest(
      ${rows.map((r) => r.caseId)}::text[], ${rows.map((r) => r.signals)}::int[], ${rows.map((r) => r.reporterCount)}::int[],
      ${rows.map((r) => r.last.toISOString())}::timestamptz[], ${rows.map((r) => r.first.toISOString())}::timestamptz[],
      ${rows.map((r) => r.severity)}::int[],
      ${rows.map((r) => r.priority)}::int[], ${rows.map((r) => r.childSafety)}::boolean[], ${rows.map((r) => r.suggestedPolicyId)}::text[]
    ) AS t(id, signals, reporters, last, first, severity, priority, child_safety, policy)
    -- The redundant ANY lets the planner use the primary key even when the table's statistics are stale (a
    -- first backlog grows it faster than autovacuum analyzes it), instead of scanning all cases per batch.
    WHERE c.id = t.id AND c.id = ANY(${rows.map((r) => r.caseId)}::text[])`;
}

/**
 * Each reporter's record: earlier reports on cases whose latest decision was a violation vs no violation. Starts
 * from decisions (few) rather than the reporter's signals (a prolific reporter may have tens of thousands).
 */
async function reporterHistory(tx: Tx, reporters: readonly string[]): Promise<Map<string, ReporterHistory>> {
  if (reporters.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ reporter: string; actioned: number; dismissed: number }[]>`
    SELECT s.reporter_mxid AS reporter,
      count(DISTINCT s.case_id) FILTER (WHERE l.outcome = 'VIOLATION')::int AS actioned,
      count(DISTINCT s.case_id) FILTER (WHERE l.outcome = 'NO_VIOLATION')::int AS dismissed
    FROM (SELECT DISTINCT ON (case_id) case_id, outcome FROM decisions ORDER BY case_id, created_at DESC) l
    JOIN signals s ON s.case_id = l.case_id AND s.reporter_mxid = ANY(${reporters}::text[])
    GROUP BY s.reporter_mxid`;
  return new Map(rows.map((r) => [r.reporter, { actioned: r.actioned, dismissed: r.dismissed }]));
}
