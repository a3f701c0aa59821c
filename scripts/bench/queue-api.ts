/**
 * Benchmark (not a test): the queue API's latency at scale, next to a bare SQL query for the same page.
 *
 *   npx tsx --conditions=react-server scripts/bench/queue-api.ts [--cases 300000] [--signals 1000000] [--samples 200]
 *
 * Seeds a fresh database with N open cases and M reports (bulk SQL, a minute or so), then times:
 *   - listCases() (what GET /api/v1/cases runs: keyset pagination, joins, mapping) for the first page and for
 *     pages deep into the queue (following cursors), p50/p95;
 *   - the bare SQL for the same first page, p50/p95.
 * Prints one JSON line with the figures.
 */
import { randomBytes } from "node:crypto";

import pg from "pg";

import { listCases } from "@/lib/cases/list-cases";
import { createPrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { resolveDatabase } from "@/lib/db/resolve-database";
import { seedPolicies } from "@/lib/policies/seed-policies";

function arg(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(2));
}

async function seed(client: pg.Client, cases: number, signals: number) {
  await client.query(`
    INSERT INTO subjects (id, kind, key, is_local, server, created_at)
    SELECT 'sub' || g, 'EVENT', '$event' || g || ':bench.example', true, 'bench.example', now()
    FROM generate_series(1, $1) g`, [cases]);
  await client.query(`
    INSERT INTO cases (id, subject_id, status, priority, severity, signal_count, reporter_count, opened_at, last_signal_at, updated_at)
    SELECT 'case' || g, 'sub' || g, 'OPEN', ((g::bigint * 7919) % 600)::int, (g % 5) + 1, 1, 1,
           now() - ((g % 43200) || ' minutes')::interval, now(), now()
    FROM generate_series(1, $1) g`, [cases]);
  await client.query(`
    INSERT INTO signals (id, source, source_id, subject_id, case_id, reporter_mxid, reason, score, occurred_at, raw)
    SELECT 'sig' || g, 'EVENT_REPORT', g::text, 'sub' || ((g % $1) + 1), 'case' || ((g % $1) + 1),
           '@reporter' || (g % 5000) || ':bench.example', 'spam link', -100, now() - ((g % 43200) || ' minutes')::interval,
           jsonb_build_object('id', g, 'reason', 'spam link')
    FROM generate_series(1, $2) g`, [cases, signals]);
  await client.query("ANALYZE subjects; ANALYZE cases; ANALYZE signals");
}

async function main() {
  const caseCount = arg("cases", 300_000);
  const signalCount = arg("signals", 1_000_000);
  const samples = arg("samples", 200);
  const database = await resolveDatabase();
  const name = `queue_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  const url = new URL(database.url);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  const db = createPrismaClient(url.toString());
  try {
    await applyMigrations(url.toString());
    await seedPolicies(db);
    await client.connect();
    let started = performance.now();
    await seed(client, caseCount, signalCount);
    const seedSeconds = (performance.now() - started) / 1000;

    const reviewer = { childSafety: true };
    const firstPage: number[] = [];
    const deepPages: number[] = [];
    const bareFirst: number[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < samples; i++) {
      started = performance.now();
      await listCases(reviewer, { limit: 50 }, db);
      firstPage.push(performance.now() - started);

      started = performance.now();
      const page = await listCases(reviewer, { limit: 50, ...(cursor ? { cursor } : {}) }, db);
      deepPages.push(performance.now() - started);
      cursor = page.nextCursor;

      started = performance.now();
      await client.query(`
        SELECT c.*, s.kind, s.key, s.is_local FROM cases c JOIN subjects s ON s.id = c.subject_id
        WHERE c.status IN ('OPEN','ON_HOLD','ESCALATED')
        ORDER BY c.priority DESC, c.opened_at ASC, c.id ASC LIMIT 51`);
      bareFirst.push(performance.now() - started);
    }
    console.log(
      JSON.stringify({
        openCases: caseCount,
        reports: signalCount,
        seedSeconds: Number(seedSeconds.toFixed(1)),
        samples,
        queueApiFirstPageMs: { p50: percentile(firstPage, 50), p95: percentile(firstPage, 95) },
        queueApiFollowingCursorMs: { p50: percentile(deepPages, 50), p95: percentile(deepPages, 95), pagesDeep: samples },
        bareSqlFirstPageMs: { p50: percentile(bareFirst, 50), p95: percentile(bareFirst, 95) },
      }),
    );
  } finally {
    await client.end().catch(() => undefined);
    await db.$disconnect();
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    await admin.end();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
