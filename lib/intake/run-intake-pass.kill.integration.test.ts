import { spawn } from "node:child_process";
import path from "node:path";

import { afterAll, beforeAll, expect, it } from "vitest";

import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { testDatabaseUrl, testDb } from "@/tests/integration/per-file-database";

import { runIntakePass } from "./run-intake-pass";
import { allReportIds, startHarness, type Harness } from "./testing/intake-harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ scenario: { scale: 2000 } });
});
afterAll(async () => {
  await h?.sim.stop();
});

/** Starts a pass in a child process and SIGKILLs it after `ms`, or lets it finish first. */
function passKilledAfter(ms: number): Promise<void> {
  const child = spawn(
    path.resolve("node_modules/.bin/tsx"),
    ["lib/intake/testing/pass-child.ts", testDatabaseUrl(), h.sim.url, h.sim.adminToken, h.sim.serverName],
    { stdio: "ignore" },
  );
  const timer = setTimeout(() => child.kill("SIGKILL"), ms);
  return new Promise((resolve) => child.once("exit", () => (clearTimeout(timer), resolve())));
}

it("ends with every report exactly once after passes killed with SIGKILL at random points", async () => {
  for (let i = 0; i < 5; i++) await passKilledAfter(800 + Math.floor(Math.random() * 2500));
  await runIntakePass({
    db: testDb(),
    synapse: h.synapse,
    serverName: h.sim.serverName,
    sources: ["EVENT_REPORT", "USER_REPORT"],
    enrichLimit: 0,
  });

  const stored = (
    await testDb().signal.findMany({ where: { source: "EVENT_REPORT" }, select: { sourceId: true } })
  )
    .map((r) => r.sourceId)
    .sort();
  expect(stored).toEqual(await allReportIds(h, "event_reports"));
  expect(await testDb().signal.count({ where: { caseId: null } })).toBe(0);
  const perSubject = await testDb().case.groupBy({
    by: ["subjectId"],
    where: { status: "OPEN" },
    _count: true,
  });
  expect(perSubject.every((g) => g._count === 1)).toBe(true);
  expect((await verifyAuditChain(testDb())).ok).toBe(true);
}, 120_000);
