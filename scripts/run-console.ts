/**
 * `npm start` (and `npm run dev`): runs the whole console with nothing installed first.
 *
 * 1. Reads and validates the configuration (a bad setting stops here, naming it).
 * 2. Uses DATABASE_URL, or starts the embedded PostgreSQL in the data folder; applies migrations; seeds policies.
 * 3. With no homeserver configured, starts the built-in simulated homeserver (demo mode).
 * 4. Builds the web app when the sources changed since the last build, then runs `next start` (or `next dev`).
 * Ctrl-C stops everything it started.
 */
import { spawn } from "node:child_process";

import { ConfigError, childProcessEnv, env } from "@/lib/env";
import { localAuthSecret } from "@/lib/runtime/auth-secret";
import { ensureBuild } from "@/lib/runtime/build-cache";
import { startBackgroundWorkers } from "@/lib/runtime/background-workers";
import { checkHomeserver } from "@/lib/runtime/check-homeserver";
import { type DemoHomeserver, startDemoHomeserver } from "@/lib/runtime/demo-homeserver";
import { prepareDatabase } from "@/lib/runtime/prepare-database";

const dev = process.argv.includes("--dev");

async function main(): Promise<void> {
  const config = env();
  const database = await prepareDatabase();
  console.log(
    database.embedded
      ? `Database: embedded PostgreSQL in ${config.CONSOLE_DATA_DIR}/postgres (port ${config.EMBEDDED_POSTGRES_PORT})`
      : "Database: DATABASE_URL",
  );
  if (database.appliedMigrations.length) console.log(`Applied migrations: ${database.appliedMigrations.join(", ")}`);

  let demo: DemoHomeserver | null = null;
  let homeserverCheck: { serverName: string } | null = null;
  if (!config.SYNAPSE_URL) {
    demo = await startDemoHomeserver(database.db, config.DEMO_SIMULATOR_PORT);
    console.log(`Demo mode: no homeserver configured, using the built-in simulated homeserver at ${demo.url}`);
  } else {
    const check = await checkHomeserver({ url: config.SYNAPSE_URL, adminToken: config.SYNAPSE_ADMIN_TOKEN, timeoutMs: config.SYNAPSE_TIMEOUT_MS });
    if (check.ok) {
      console.log(`Homeserver: ${config.SYNAPSE_URL} (Synapse ${check.version}), acting as ${check.adminUserId}`);
      homeserverCheck = { serverName: check.adminUserId.slice(check.adminUserId.indexOf(":") + 1) };
    }
    else if (check.fatal) {
      await database.close();
      throw new Error(`Homeserver check failed: ${check.message}`);
    } else console.warn(`Warning: ${check.message}`);
  }

  const childEnv = childProcessEnv({
    NODE_ENV: dev ? "development" : "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.url,
    AUTH_SECRET: config.AUTH_SECRET ?? (await localAuthSecret(config.CONSOLE_DATA_DIR)),
    ...(demo
      ? { SYNAPSE_URL: demo.url, SYNAPSE_SERVER_NAME: demo.serverName, SYNAPSE_ADMIN_TOKEN: demo.adminToken, CONSOLE_DEMO: "true" }
      : {}),
  });
  if (!dev) await ensureBuild(childEnv);

  const homeserverUrl = demo?.url ?? config.SYNAPSE_URL;
  const adminToken = demo?.adminToken ?? config.SYNAPSE_ADMIN_TOKEN;
  const serverName = demo?.serverName ?? config.SYNAPSE_SERVER_NAME ?? homeserverCheck?.serverName;
  const workers =
    config.RUN_WORKERS && homeserverUrl && adminToken && serverName
      ? startBackgroundWorkers(database.db, database.url, {
          url: homeserverUrl,
          adminToken,
          serverName,
          timeoutMs: config.SYNAPSE_TIMEOUT_MS,
        })
      : null;
  if (config.RUN_WORKERS && !workers) console.warn("Background workers not started: the homeserver is not configured or not reachable.");

  const next = spawn(
    "node_modules/.bin/next",
    [dev ? "dev" : "start", "--port", String(config.PORT), "--hostname", config.HOST],
    { stdio: "inherit", env: childEnv },
  );
  console.log(`Console: http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${config.PORT}`);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    next.kill("SIGTERM");
    await workers?.stop();
    await demo?.stop();
    await database.close();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  next.on("exit", (code) => void stop(code ?? 1));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
