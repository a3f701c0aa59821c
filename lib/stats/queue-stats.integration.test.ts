import { describe, expect, it } from "vitest";

import { testDb } from "@/tests/integration/per-file-database";

import { getQueueStats } from "./queue-stats";

describe("queue stats", () => {
  it("counts the backlog, the last 30 days of signals and decisions, and finds the oldest waiting case", async () => {
    const db = testDb();
    const now = new Date("2026-11-26T12:00:00Z");
    const day = 86_400_000;
    const make = async (key: string, status: "OPEN" | "ESCALATED" | "DECIDED", openedDaysAgo: number) => {
      const subject = await db.subject.create({ data: { kind: "USER", key, isLocal: true } });
      return db.case.create({
        data: { subjectId: subject.id, status, openedAt: new Date(now.getTime() - openedDaysAgo * day) },
      });
    };
    const open = await make("@a:example.org", "OPEN", 2);
    await make("@b:example.org", "ESCALATED", 5);
    const decided = await make("@c:example.org", "DECIDED", 40);
    const signal = (sourceId: string, source: "EVENT_REPORT" | "USER_REPORT", daysAgo: number) =>
      db.signal.create({
        data: {
          source,
          sourceId,
          subjectId: open.subjectId,
          caseId: open.id,
          occurredAt: now,
          ingestedAt: new Date(now.getTime() - daysAgo * day),
          raw: {},
        },
      });
    await signal("1", "EVENT_REPORT", 1);
    await signal("2", "EVENT_REPORT", 3);
    await signal("3", "USER_REPORT", 10);
    await signal("4", "USER_REPORT", 45); // outside the window
    await db.decision.create({
      data: {
        caseId: decided.id,
        outcome: "VIOLATION",
        statementOfReasons: "x",
        createdAt: new Date(now.getTime() - day),
      },
    });
    await db.decision.create({
      data: {
        caseId: decided.id,
        outcome: "NO_VIOLATION",
        automated: true,
        statementOfReasons: "x",
        createdAt: new Date(now.getTime() - 2 * day),
      },
    });
    await db.decision.create({
      data: {
        caseId: decided.id,
        outcome: "VIOLATION",
        statementOfReasons: "x",
        createdAt: new Date(now.getTime() - 60 * day),
      },
    });

    const stats = await getQueueStats(db, now);
    expect(stats.waitingCases).toBe(2);
    expect(stats.oldestWaitingOpenedAt).toBe(new Date(now.getTime() - 5 * day).toISOString());
    expect(Object.fromEntries(stats.casesByStatus.map((r) => [r.status, r.count]))).toEqual({
      OPEN: 1,
      ESCALATED: 1,
      DECIDED: 1,
    });
    expect(stats.signalsBySource).toEqual([
      { source: "EVENT_REPORT", count: 2 },
      { source: "USER_REPORT", count: 1 },
    ]);
    expect(stats.signalsTotal).toBe(3);
    expect(stats.decisionsTotal).toBe(2);
    expect(stats.automatedDecisions).toBe(1);
  });
});
