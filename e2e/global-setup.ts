/**
 * Brings up everything the browser tests need, all real: the Synapse test peer (or SYNAPSE_URL), an embedded
 * PostgreSQL just for these tests, and the console's production build started by the same launcher as `npm start`;
 * then a second console in demo mode for the `demo` project (e2e/demo-setup.ts).
 * Returns the teardown that stops what it started.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";

import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { resolveSynapseTarget } from "@/tests/support/synapse-target";

import { E2E_PORT } from "../playwright.config";
import { startDemoConsole } from "./demo-setup";
import { E2E_STATE_FILE, type E2EState } from "./state";

export default async function globalSetup() {
  const synapse = resolveSynapseTarget({ startPeer: true });
  const database = await startEmbeddedPostgres({ dataDir: path.resolve(`.data/e2e-postgres-${process.env.E2E_PG_PORT ?? 54349}`), port: Number(process.env.E2E_PG_PORT ?? 54349), database: "postgres" });
  // A fresh database per run: earlier runs' reviewers and cases must not leak into assertions.
  const dbName = `console_e2e_${Date.now()}`;
  const { ensureDatabase } = await import("@/lib/db/embedded-postgres");
  await ensureDatabase(database.urlFor("postgres"), dbName);
  const databaseUrl = database.urlFor(dbName);

  const state: E2EState = { databaseUrl, synapse, baseUrl: `http://127.0.0.1:${E2E_PORT}` };
  writeFileSync(E2E_STATE_FILE, JSON.stringify(state), { mode: 0o600 });

  const server = spawn("node_modules/.bin/tsx", ["scripts/run-console.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      CONSOLE_DATA_DIR: path.resolve(".data/e2e"),
      PORT: String(E2E_PORT),
      HOST: "127.0.0.1",
      SYNAPSE_URL: synapse.url,
      SYNAPSE_SERVER_NAME: synapse.serverName,
      SYNAPSE_ADMIN_TOKEN: synapse.adminToken,
      LOGIN_RATE_LIMIT_ATTEMPTS: "20",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitForServer(server, `${state.baseUrl}/login`);
  // Started after the first console is up: both run the same launcher, which builds the app when the sources
  // changed, and two builds into one .next at once would break each other. The second finds the build fresh.
  const stopDemo = await startDemoConsole(waitForServer).catch(async (error: unknown) => {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    await database.stop();
    throw error;
  });

  return async () => {
    await stopDemo();
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    await database.stop();
  };
}

async function waitForServer(server: ChildProcess, url: string): Promise<void> {
  // The first run builds the app (about a minute); bounded at five.
  const deadline = Date.now() + 5 * 60_000;
  const exit: { code: number | null } = { code: null };
  server.once("exit", (code) => (exit.code = code ?? 1));
  while (Date.now() < deadline) {
    if (exit.code !== null) throw new Error(`The console exited (code ${exit.code}) before it answered.`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill("SIGTERM");
  throw new Error(`The console did not answer at ${url} within five minutes.`);
}
