/**
 * Figures for the leads' stats page: the backlog by status, what came in and what was decided in the last 30
 * days, and how old the oldest case still waiting is. Counts only (no case content), so child-safety cases are
 * included in the totals for everyone who may read stats.
 */
import { db as defaultDb, type Db } from "@/lib/db/client";
import type { CaseStatus, DecisionOutcome, SignalSource } from "@/lib/generated/prisma/enums";

/** Cases that still need a reviewer: the queue's "open" (open, on hold, escalated) plus pending appeals. */
const WAITING_STATUSES = [
  "OPEN",
  "ON_HOLD",
  "ESCALATED",
  "APPEALED",
] as const satisfies readonly CaseStatus[];

export const STATS_WINDOW_DAYS = 30;

export type QueueStats = {
  generatedAt: string;
  windowDays: number;
  casesByStatus: { status: CaseStatus; count: number }[];
  waitingCases: number;
  /** When the oldest case still waiting was opened; null when nothing waits. */
  oldestWaitingOpenedAt: string | null;
  signalsBySource: { source: SignalSource; count: number }[];
  signalsTotal: number;
  decisionsByOutcome: { outcome: DecisionOutcome; count: number }[];
  automatedDecisions: number;
  decisionsTotal: number;
};

export async function getQueueStats(database: Db = defaultDb(), now: Date = new Date()): Promise<QueueStats> {
  const since = new Date(now.getTime() - STATS_WINDOW_DAYS * 86_400_000);
  const [byStatus, oldest, bySource, byOutcome, automated] = await Promise.all([
    database.case.groupBy({ by: ["status"], _count: { _all: true } }),
    database.case.findFirst({
      where: { status: { in: [...WAITING_STATUSES] } },
      orderBy: { openedAt: "asc" },
      select: { openedAt: true },
    }),
    database.signal.groupBy({
      by: ["source"],
      where: { ingestedAt: { gte: since } },
      _count: { _all: true },
    }),
    database.decision.groupBy({
      by: ["outcome"],
      where: { createdAt: { gte: since } },
      _count: { _all: true },
    }),
    database.decision.count({ where: { createdAt: { gte: since }, automated: true } }),
  ]);

  const casesByStatus = byStatus
    .map((r) => ({ status: r.status, count: r._count._all }))
    .sort((a, b) => b.count - a.count);
  const signalsBySource = bySource
    .map((r) => ({ source: r.source, count: r._count._all }))
    .sort((a, b) => b.count - a.count);
  const decisionsByOutcome = byOutcome
    .map((r) => ({ outcome: r.outcome, count: r._count._all }))
    .sort((a, b) => b.count - a.count);

  return {
    generatedAt: now.toISOString(),
    windowDays: STATS_WINDOW_DAYS,
    casesByStatus,
    waitingCases: casesByStatus
      .filter((r) => (WAITING_STATUSES as readonly string[]).includes(r.status))
      .reduce((sum, r) => sum + r.count, 0),
    oldestWaitingOpenedAt: oldest?.openedAt.toISOString() ?? null,
    signalsBySource,
    signalsTotal: signalsBySource.reduce((sum, r) => sum + r.count, 0),
    decisionsByOutcome,
    automatedDecisions: automated,
    decisionsTotal: decisionsByOutcome.reduce((sum, r) => sum + r.count, 0),
  };
}
