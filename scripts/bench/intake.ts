/**
 * Intake benchmark (not a test): 100k event reports from the simulator into a fresh database, against the time
 * the bare client takes to page through the same reports. Run: `npx tsx --conditions=react-server scripts/bench/intake.ts [count] [pageSize]`.
 * Details (`event_json`) are not fetched during this intake: enrichment captures the event per case later, a few
 * at a time; fetching 100k details inline would measure the simulator, not intake.
 */
import { randomBytes } from "node:crypto";

import pg from "pg";

import { createPrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { resolveDatabase } from "@/lib/db/resolve-database";
import { runIntakePass } from "@/lib/intake/run-intake-pass";
import { seedPolicies } from "@/lib/policies/seed-policies";
import { createSynapse } from "@/lib/synapse";
import { startSimulator } from "@/simulator/server";

const count = Number(process.argv[2] ?? 100_000);
const pageSize = Number(process.argv[3] ?? 500);

async function main() {
  const database = await resolveDatabase();
  const name = `intake_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  const url = new URL(database.url);
  url.pathname = `/${name}`;
  const sim = await startSimulator({ port: 0, scenario: { scale: count } });
  const db = createPrismaClient(url.toString());
  try {
    await applyMigrations(url.toString());
    await seedPolicies(db);
    const synapse = createSynapse({ baseUrl: sim.url, accessToken: sim.adminToken, timeoutMs: 60_000 });

    let started = performance.now();
    let paged = 0;
    for await (const report of synapse.reports.eventReports({ limit: pageSize, dir: "b" }))
      if (report.id) paged++;
    const bareMs = performance.now() - started;

    started = performance.now();
    const summary = await runIntakePass({
      db,
      synapse,
      serverName: sim.serverName,
      sources: ["EVENT_REPORT"],
      pageSize,
      fetchDetails: false,
      enrichLimit: 0,
    });
    const intakeMs = performance.now() - started;
    const stored = await db.signal.count();
    const cases = await db.case.count();

    console.log(
      JSON.stringify({ count, pageSize, paged, stored, cases, summary: summary.EVENT_REPORT }, null, 2),
    );
    console.log(
      `bare paging: ${(bareMs / 1000).toFixed(2)} s (${Math.round(paged / (bareMs / 1000))} reports/s)`,
    );
    console.log(
      `intake:      ${(intakeMs / 1000).toFixed(2)} s (${Math.round(stored / (intakeMs / 1000))} reports/s)`,
    );
    console.log(`ratio intake / bare paging: ${(intakeMs / bareMs).toFixed(2)}x`);
  } finally {
    await db.$disconnect();
    await sim.stop();
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    await admin.end();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
