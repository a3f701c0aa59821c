import type { Metadata } from "next";

import { CASE_STATUS_LABELS } from "@/components/cases/case-status";
import { DECISION_OUTCOME_LABELS, labelOf, SIGNAL_SOURCE_LABELS } from "@/components/cases/labels";
import { PageHeader } from "@/components/shell/page-header";
import { CountTable, StatTile } from "@/components/stats/count-table";
import { WellbeingSection } from "@/components/stats/wellbeing-section";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { can } from "@/lib/auth/permissions";
import { requireReviewer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { wellbeingOverview } from "@/lib/settings/wellbeing-overview";
import { getQueueStats } from "@/lib/stats/queue-stats";

export const metadata: Metadata = { title: "Stats" };

export default async function StatsPage() {
  const reviewer = await requireReviewer("stats.read");
  const [stats, wellbeing] = await Promise.all([
    getQueueStats(),
    can(reviewer, "exposure.read_all") ? wellbeingOverview(db(), reviewer) : null,
  ]);
  const casesTotal = stats.casesByStatus.reduce((sum, r) => sum + r.count, 0);
  const days = stats.windowDays;

  return (
    <>
      <PageHeader
        title="Stats"
        description={`The backlog now, and intake and decisions over the last ${days} days.`}
      />
      <dl className="mb-5 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <StatTile
          label="Cases waiting"
          value={stats.waitingCases.toLocaleString("en")}
          detail="Open, on hold, escalated, appealed"
        />
        <StatTile
          label="Oldest waiting case"
          value={
            stats.oldestWaitingOpenedAt ? (
              <RelativeTime value={stats.oldestWaitingOpenedAt} suffix={false} />
            ) : (
              "—"
            )
          }
          detail={stats.oldestWaitingOpenedAt ? "since it was opened" : "nothing waiting"}
        />
        <StatTile
          label={`Signals, ${days} days`}
          value={stats.signalsTotal.toLocaleString("en")}
          detail="reports, rejections, matches"
        />
        <StatTile
          label={`Decisions, ${days} days`}
          value={stats.decisionsTotal.toLocaleString("en")}
          detail={`${stats.automatedDecisions.toLocaleString("en")} automated`}
        />
      </dl>
      <div className="grid gap-5 xl:grid-cols-3">
        <Card aria-labelledby="stats-status">
          <CardHeader titleId="stats-status" title="Cases by status" description="All cases, now." />
          {stats.casesByStatus.length === 0 ? (
            <EmptyState title="No cases yet." />
          ) : (
            <CountTable
              caption="Cases by status"
              labelHeader="Status"
              total={casesTotal}
              rows={stats.casesByStatus.map((r) => ({
                key: r.status,
                label: labelOf(CASE_STATUS_LABELS, r.status),
                count: r.count,
              }))}
            />
          )}
        </Card>
        <Card aria-labelledby="stats-sources">
          <CardHeader
            titleId="stats-sources"
            title="Signals by source"
            description={`Taken in over the last ${days} days.`}
          />
          {stats.signalsBySource.length === 0 ? (
            <EmptyState title={`No signals in the last ${days} days.`} />
          ) : (
            <CountTable
              caption={`Signals by source, last ${days} days`}
              labelHeader="Source"
              total={stats.signalsTotal}
              rows={stats.signalsBySource.map((r) => ({
                key: r.source,
                label: labelOf(SIGNAL_SOURCE_LABELS, r.source),
                count: r.count,
              }))}
            />
          )}
        </Card>
        <Card aria-labelledby="stats-outcomes">
          <CardHeader
            titleId="stats-outcomes"
            title="Decisions by outcome"
            description={`Recorded over the last ${days} days.`}
          />
          {stats.decisionsByOutcome.length === 0 ? (
            <EmptyState title={`No decisions in the last ${days} days.`} />
          ) : (
            <CountTable
              caption={`Decisions by outcome, last ${days} days`}
              labelHeader="Outcome"
              total={stats.decisionsTotal}
              rows={stats.decisionsByOutcome.map((r) => ({
                key: r.outcome,
                label: labelOf(DECISION_OUTCOME_LABELS, r.outcome),
                count: r.count,
              }))}
            />
          )}
        </Card>
      </div>
      {wellbeing ? <WellbeingSection overview={wellbeing} /> : null}
    </>
  );
}
