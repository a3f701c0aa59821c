import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { testDb } from "@/tests/integration/per-file-database";

import { runIntakePass } from "./run-intake-pass";
import { allReportIds, startHarness, type Harness } from "./testing/intake-harness";

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ scenario: "demo" });
});
afterAll(async () => {
  await h?.sim.stop();
});

const pass = () =>
  runIntakePass({ db: testDb(), synapse: h.synapse, serverName: h.sim.serverName, enrichLimit: 5 });

async function storedIds(source: "EVENT_REPORT" | "USER_REPORT") {
  const rows = await testDb().signal.findMany({ where: { source }, select: { sourceId: true } });
  return rows.map((r) => r.sourceId).sort();
}

describe("runIntakePass against the demo scenario", () => {
  it("ingests every event and user report exactly once, and a second pass adds nothing", async () => {
    const first = await pass();
    expect(first.EVENT_REPORT?.errors).toBe(0);
    expect(await storedIds("EVENT_REPORT")).toEqual(await allReportIds(h, "event_reports"));
    expect(await storedIds("USER_REPORT")).toEqual(await allReportIds(h, "user_reports"));
    expect(first.EVENT_REPORT?.new).toBeGreaterThan(0);

    const second = await pass();
    expect(second.EVENT_REPORT?.new).toBe(0);
    expect(second.USER_REPORT?.new).toBe(0);
    expect(second.POLICY_SERVER_SOFT_FAIL?.new).toBe(0);
  });

  it("keeps one open case per subject, with counters matching the signals", async () => {
    const db = testDb();
    const open = await db.case.groupBy({
      by: ["subjectId"],
      where: { status: { in: ["OPEN", "ON_HOLD", "ESCALATED"] } },
      _count: true,
    });
    expect(open.every((g) => g._count === 1)).toBe(true);
    const cases = await db.case.findMany({ include: { signals: true } });
    for (const c of cases) {
      expect(c.signalCount).toBe(c.signals.length);
      expect(c.reporterCount).toBe(new Set(c.signals.map((s) => s.reporterMxid).filter(Boolean)).size);
    }
    expect(await db.signal.count({ where: { caseId: null } })).toBe(0);
  });

  it("marks room reports unavailable with the operator-facing reason", async () => {
    const row = await testDb().intakeCursor.findUniqueOrThrow({ where: { source: "ROOM_REPORT" } });
    expect(row.available).toBe(false);
    expect(row.unavailableReason).toMatch(/no room-reports admin API/);
  });

  it("finds the demo's soft-failed events in rooms with a policy server", async () => {
    expect(await testDb().signal.count({ where: { source: "POLICY_SERVER_SOFT_FAIL" } })).toBeGreaterThan(0);
  });

  it("enriches cases and writes an audit row per case", async () => {
    const enriched = await testDb().case.findFirst({ where: { enrichedAt: { not: null } } });
    expect(enriched?.enrichment).toBeTruthy();
    const opened = await testDb().auditEvent.count({ where: { type: "CASE_OPENED" } });
    expect(opened).toBe(await testDb().case.count());
  });
});
