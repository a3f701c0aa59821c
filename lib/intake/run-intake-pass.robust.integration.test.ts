import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { call, makeUser } from "@/simulator/testing";
import { testDb } from "@/tests/integration/per-file-database";

import { runIntakePass } from "./run-intake-pass";
import { allReportIds, deleteEventReport, startHarness, type Harness } from "./testing/intake-harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ scenario: { scale: 1500 } });
});
afterAll(async () => {
  await h?.sim.stop();
});

const pass = (extra: Partial<Parameters<typeof runIntakePass>[0]> = {}) =>
  runIntakePass({
    db: testDb(),
    synapse: h.synapse,
    serverName: h.sim.serverName,
    sources: ["EVENT_REPORT"],
    enrichLimit: 0,
    fetchDetails: false,
    ...extra,
  });

async function storedEventReportIds() {
  return (await testDb().signal.findMany({ where: { source: "EVENT_REPORT" }, select: { sourceId: true } }))
    .map((r) => r.sourceId)
    .sort();
}

describe("intake under faults, deletions, concurrency and new reports", () => {
  it("ends with every report exactly once after repeated passes with injected faults", async () => {
    h.sim.setFaults({
      errorRate: 0.2,
      rateLimitRate: 0.1,
      malformedRate: 0.05,
      timeoutRate: 0.05,
      retryAfterMs: 20,
    });
    for (let i = 0; i < 30; i++) {
      const summary = await pass({ fetchDetails: true });
      if (summary.EVENT_REPORT?.errors === 0 && summary.EVENT_REPORT.new === 0) break;
    }
    h.sim.setFaults({});
    await pass();
    expect(await storedEventReportIds()).toEqual(await allReportIds(h, "event_reports"));
  }, 240_000);

  it("picks up reports filed between passes, and tolerates reports deleted while paging", async () => {
    const alice = await makeUser(h.sim, "intake-alice");
    const bob = await makeUser(h.sim, "intake-bob");
    const room = await call(h.sim.url, "/_matrix/client/v3/createRoom", {
      token: bob.token,
      body: { preset: "public_chat" },
    });
    const roomId = room.body.room_id as string;
    await call(h.sim.url, `/_matrix/client/v3/join/${encodeURIComponent(roomId)}`, {
      token: alice.token,
      body: {},
    });
    for (let i = 0; i < 3; i++) {
      const sent = await call(
        h.sim.url,
        `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/send/m.room.message/t${i}`,
        { method: "PUT", token: bob.token, body: { msgtype: "m.text", body: `scam ${i}` } },
      );
      await call(
        h.sim.url,
        `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/report/${encodeURIComponent(sent.body.event_id as string)}`,
        { token: alice.token, body: { reason: "phishing scam" } },
      );
    }
    const summary = await pass();
    expect(summary.EVENT_REPORT?.new).toBe(3);

    // A fresh database view: forget everything, then delete reports from the newest pages while a pass pages.
    await testDb().$executeRaw`TRUNCATE signals, cases, subjects, audit_events, intake_cursors CASCADE`;
    const ids = await allReportIds(h, "event_reports");
    const newest = ids.map(Number).sort((a, b) => b - a);
    let deleted = false;
    const deletingSynapse = {
      ...h.synapse,
      http: new Proxy(h.synapse.http, {
        get(target, prop, receiver) {
          const value: unknown = Reflect.get(target, prop, receiver);
          if (prop !== "request" || typeof value !== "function") return value;
          return async (req: { path: string; query?: Record<string, unknown> }) => {
            const res: unknown = await (value as (r: unknown) => Promise<unknown>).call(target, req);
            if (!deleted && req.path.endsWith("/event_reports") && req.query?.from === 0) {
              deleted = true;
              for (const id of newest.slice(10, 18)) await deleteEventReport(h, id);
            }
            return res;
          };
        },
      }),
    };
    await runIntakePass({
      db: testDb(),
      synapse: deletingSynapse,
      serverName: h.sim.serverName,
      sources: ["EVENT_REPORT"],
      enrichLimit: 0,
      fetchDetails: false,
    });
    const remaining = await allReportIds(h, "event_reports");
    const stored = new Set(await storedEventReportIds());
    expect(remaining.filter((id) => !stored.has(id))).toEqual([]);
  }, 120_000);

  it("two concurrent passes store nothing twice and open one case per subject", async () => {
    await testDb().$executeRaw`TRUNCATE signals, cases, subjects, audit_events, intake_cursors CASCADE`;
    await Promise.all([pass({ pageSize: 50 }), pass({ pageSize: 70 })]);
    expect(await storedEventReportIds()).toEqual(await allReportIds(h, "event_reports"));
    const open = await testDb().case.groupBy({ by: ["subjectId"], _count: true });
    expect(open.every((g) => g._count === 1)).toBe(true);
    expect((await verifyAuditChain(testDb())).ok).toBe(true);
  }, 120_000);
});

describe("the hostile scenario", () => {
  it("ingests without crashing and stores hostile text safely", async () => {
    const hostile = await startHarness({ scenario: "hostile" });
    try {
      await testDb().$executeRaw`TRUNCATE signals, cases, subjects, audit_events, intake_cursors CASCADE`;
      const summary = await runIntakePass({
        db: testDb(),
        synapse: hostile.synapse,
        serverName: hostile.sim.serverName,
        enrichLimit: 50,
      });
      expect(summary.EVENT_REPORT?.new).toBeGreaterThan(0);
      expect(await storedEventReportIds()).toEqual(await allReportIds(hostile, "event_reports"));
      const reasons = await testDb().signal.findMany({ select: { reason: true } });
      expect(reasons.every((r) => (r.reason?.length ?? 0) <= 4096)).toBe(true);
      expect(
        (
          await runIntakePass({
            db: testDb(),
            synapse: hostile.synapse,
            serverName: hostile.sim.serverName,
            enrichLimit: 0,
          })
        ).EVENT_REPORT?.new,
      ).toBe(0);
    } finally {
      await hostile.sim.stop();
    }
  }, 120_000);
});
