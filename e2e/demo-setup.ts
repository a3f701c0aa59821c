/**
 * The second console the `demo` project tests: started as a newcomer starts it, with no homeserver configured, so
 * the launcher runs the built-in simulator with the demo scenario, puts the demo accounts on the roster and the
 * intake fills the queue. Playwright allows one globalSetup per config, so e2e/global-setup.ts calls this.
 *
 * Its database is a fresh one per run on its own embedded PostgreSQL (data in .data/e2e-demo, ports below),
 * passed as DATABASE_URL like the main setup does: earlier runs' claims and escalations must not leak in, and the
 * specs need the URL to pick cases. Everything else is the launcher's demo path, untouched.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { createPrismaClient } from "@/lib/db/client";
import { ensureDatabase, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

import { E2E_DEMO_PORT } from "../playwright.config";

export type DemoState = { baseUrl: string; databaseUrl: string };

const DEMO_STATE_FILE = path.resolve(`.data/e2e-demo-state-${E2E_DEMO_PORT}.json`);
/**
 * Runs side by side (another checkout, another engineer, E2E_DEMO_PORT=3801) must not share a PostgreSQL, a
 * simulator port or a data folder: unless given, each follows E2E_DEMO_PORT's distance from the default 3101.
 */
const OFFSET = E2E_DEMO_PORT - 3101;
const PG_PORT = Number(process.env.E2E_DEMO_PG_PORT ?? 54351 + OFFSET);
const SIMULATOR_PORT = Number(process.env.E2E_DEMO_SIMULATOR_PORT ?? 18451 + OFFSET);
const DATA_DIR = path.resolve(OFFSET === 0 ? ".data/e2e-demo" : `.data/e2e-demo-${E2E_DEMO_PORT}`);
/** The queue is "filled" once this many cases are open and the intake has gathered context for some. */
const MIN_OPEN_CASES = 8;

export function readDemoState(): DemoState {
  return JSON.parse(readFileSync(DEMO_STATE_FILE, "utf8")) as DemoState;
}

export async function startDemoConsole(waitForServer: (server: ChildProcess, url: string) => Promise<void>) {
  const database = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "postgres"), port: PG_PORT, database: "postgres" });
  const dbName = `console_demo_${Date.now()}`;
  await ensureDatabase(database.urlFor("postgres"), dbName);
  const state: DemoState = { baseUrl: `http://127.0.0.1:${E2E_DEMO_PORT}`, databaseUrl: database.urlFor(dbName) };
  writeFileSync(DEMO_STATE_FILE, JSON.stringify(state), { mode: 0o600 });

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: state.databaseUrl,
    CONSOLE_DATA_DIR: DATA_DIR,
    EMBEDDED_POSTGRES_PORT: String(PG_PORT),
    DEMO_SIMULATOR_PORT: String(SIMULATOR_PORT),
    PORT: String(E2E_DEMO_PORT),
    HOST: "127.0.0.1",
    LOGIN_RATE_LIMIT_ATTEMPTS: "50",
  };
  // Demo mode is "no homeserver configured": whatever the caller's shell points at must not reach the child.
  for (const key of ["SYNAPSE_URL", "SYNAPSE_ADMIN_TOKEN", "SYNAPSE_SERVER_NAME", "AUTH_URL"]) delete env[key];

  const server = spawn("node_modules/.bin/tsx", ["scripts/run-console.ts"], { env, stdio: ["ignore", "inherit", "inherit"] });
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
    await database.stop();
  };
  try {
    await waitForServer(server, `${state.baseUrl}/login`);
    await waitForQueue(state.databaseUrl);
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}

/** Polls until the intake has filled the demo queue (it starts within seconds); bounded at two minutes. */
async function waitForQueue(databaseUrl: string): Promise<void> {
  const db = createPrismaClient(databaseUrl);
  try {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      const [open, enriched] = await Promise.all([
        db.case.count({ where: { status: "OPEN" } }),
        db.case.count({ where: { status: "OPEN", enrichedAt: { not: null } } }),
      ]);
      if (open >= MIN_OPEN_CASES && enriched > 0) return;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`The demo console's queue did not fill within two minutes (${databaseUrl.replace(/:[^:@/]*@/, ":***@")}).`);
  } finally {
    await db.$disconnect();
  }
}
