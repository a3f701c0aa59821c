import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { call, testSimulator, str } from "../testing";
import { buildScenario } from "./build";
import { ScaleReports } from "./scale";

const NOW = Date.UTC(2026, 5, 1);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

describe("ScaleReports (lazy)", () => {
  const lazy = new ScaleReports({
    seed: 3,
    count: 1_000_000,
    now: NOW,
    serverName: "s.test",
    keyId: "ed25519:a_test",
    reporters: ["@a:s.test", "@b:s.test"],
    senders: ["@x:s.test"],
    roomIds: ["!r:s.test"],
    baseId: 17,
  });

  it("computes report i on demand: ids and times grow with i, never dense, ids and event ids invert", () => {
    for (const i of [0, 1, 2, 499_999, 999_998, 999_999]) {
      const id = lazy.idAt(i);
      expect(lazy.indexOfId(id)).toBe(i);
      expect(lazy.idAt(i + 1)).toBeGreaterThan(id);
      expect(lazy.receivedTsAt(i + 1)).toBeGreaterThanOrEqual(lazy.receivedTsAt(i));
      const report = lazy.reportAt(i);
      expect(report.id).toBe(id);
      expect(lazy.indexOfEventId(report.eventId)).toBe(i);
      expect(lazy.eventAt(i).eventId).toBe(report.eventId);
      expect(report.eventId).toMatch(/^\$[A-Za-z0-9_-]{43}$/);
    }
    expect(lazy.idAt(0)).toBeGreaterThan(1);
    expect(lazy.maxId - lazy.idAt(0)).toBeGreaterThan(1_000_000);
    expect(lazy.indexOfId(16)).toBeUndefined();
    expect(lazy.indexOfEventId("$notoneofours")).toBeUndefined();
    expect(JSON.stringify(lazy.reportAt(123))).toBe(JSON.stringify(lazy.reportAt(123)));
  });

  it("pages 100k reports through the store with bounded memory (figures printed, not asserted as timings)", async () => {
    const { state } = await buildScenario({
      scenario: { scale: 100_000 },
      seed: 1,
      serverName: "s.test",
      now: NOW,
      likeCaseInsensitive: true,
      jobDelayMs: 10,
    });
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let seen = 0;
    let lastId = Number.POSITIVE_INFINITY;
    const started = performance.now();
    for (let from = 0; from < 100_000; from += 100) {
      const { rows, total } = state.eventReports.list({ from, limit: 100, dir: "b" });
      expect(total).toBe(100_000);
      for (const ref of rows) {
        const id = state.eventReports.materialize(ref).id;
        expect(id).toBeLessThan(lastId);
        lastId = id;
        seen += 1;
      }
      if (from % 10_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    const elapsed = performance.now() - started;
    expect(seen).toBe(100_000);
    expect(state.eventReports.storedCount).toBe(0); // nothing was materialised into the store
    console.info(
      `[scale] store: 100k reports in 1000 pages: ${elapsed.toFixed(0)} ms; heap before ${mb(before)}, peak ${mb(peak)}, growth ${mb(peak - before)}`,
    );
    // Holding 100k report objects would take tens of MB; garbage between pages is bounded by a page.
    expect(peak - before).toBeLessThan(64 * 1024 * 1024);
  }, 60_000);
});

describe("scale scenario over HTTP", () => {
  let sim: Awaited<ReturnType<typeof testSimulator>>;
  beforeAll(async () => {
    sim = await testSimulator({ scenario: { scale: 1_000_000 }, now: NOW });
  });
  afterAll(() => sim.stop());

  it("serves real offset pagination over a million reports, jumping straight to any page", async () => {
    const first = await sim.admin("/_synapse/admin/v1/event_reports?limit=3");
    expect(first.body.total).toBe(1_000_000);
    expect(first.body.next_token).toBe(3);
    const last = await sim.admin("/_synapse/admin/v1/event_reports?limit=100&from=999950");
    expect((last.body.event_reports as unknown[]).length).toBe(50);
    expect(last.body.next_token).toBeUndefined();
    const oldest = await sim.admin("/_synapse/admin/v1/event_reports?limit=1&dir=f");
    const lastRow = (last.body.event_reports as { id: number }[]).at(-1);
    expect((oldest.body.event_reports as { id: number }[])[0]?.id).toBe(lastRow?.id);
    const detail = await sim.admin(`/_synapse/admin/v1/event_reports/${lastRow?.id}`);
    expect(detail.status).toBe(200);
    expect((detail.body.event_json as { type: string }).type).toBe("m.room.message");
    const event = await sim.admin(
      `/_synapse/admin/v1/fetch_event/${encodeURIComponent(str(detail.body.event_id))}`,
    );
    expect((event.body.event as { event_id: string }).event_id).toBe(detail.body.event_id);
  });

  it("pages the first 100k over HTTP: distinct ids, newest first; prints speed and memory", async () => {
    const before = process.memoryUsage();
    const started = performance.now();
    const ids = new Set<number>();
    let from: number | undefined = 0;
    let requests = 0;
    while (from !== undefined && from < 100_000 && requests < 2_000) {
      const res = await call(sim.url, `/_synapse/admin/v1/event_reports?limit=100&from=${from}`, {
        token: sim.adminToken,
      });
      requests += 1;
      for (const r of res.body.event_reports as { id: number }[]) ids.add(r.id);
      from = res.body.next_token as number | undefined;
    }
    const elapsed = performance.now() - started;
    const after = process.memoryUsage();
    console.info(
      `[scale] http: ${requests} pages / ${ids.size} reports in ${elapsed.toFixed(0)} ms (${((requests / elapsed) * 1000).toFixed(0)} req/s); heap ${mb(before.heapUsed)} -> ${mb(after.heapUsed)}, rss ${mb(before.rss)} -> ${mb(after.rss)}`,
    );
    expect(ids.size).toBe(100_000);
  }, 120_000);

  it("filters scan lazily too (reporter substring, exact sender)", async () => {
    const byReporter = await sim.admin("/_synapse/admin/v1/event_reports?limit=5&user_id=member0001");
    expect(byReporter.status).toBe(200);
    const total = byReporter.body.total as number;
    expect(total).toBeGreaterThan(1000);
    expect(total).toBeLessThan(20_000);
    for (const r of byReporter.body.event_reports as { user_id: string }[])
      expect(r.user_id).toContain("member0001");
  }, 60_000);
});
