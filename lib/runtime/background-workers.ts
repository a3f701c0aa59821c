/**
 * The background work that runs beside the web server in the launcher's process: intake (reports into cases) and
 * the enforcement worker (the outbox of Synapse actions). Safe with several console instances: intake runs in one
 * of them at a time (an advisory lock), actions are claimed with SKIP LOCKED.
 * RUN_WORKERS=false leaves both to separate processes (`npm run console -- sync` / `enforce`).
 */
import type { Db } from "@/lib/db/client";
import { startEnforcementWorker } from "@/lib/enforcement/run-worker";
import { startIntakeLoop } from "@/lib/intake/intake-loop";
import { createSynapse } from "@/lib/synapse/synapse";

export type Homeserver = { url: string; adminToken: string; serverName: string; timeoutMs: number };

export function startBackgroundWorkers(db: Db, databaseUrl: string, homeserver: Homeserver): { stop(): Promise<void> } {
  const synapse = createSynapse({ baseUrl: homeserver.url, accessToken: homeserver.adminToken, timeoutMs: homeserver.timeoutMs });
  const log = (what: string) => (error: unknown) => console.error(`${what}:`, error instanceof Error ? error.message : error);
  const enforcement = startEnforcementWorker({ db, synapse, concurrency: 4, onError: log("enforcement") });
  const intake = startIntakeLoop({
    db,
    synapse,
    databaseUrl,
    serverName: homeserver.serverName,
    onRun: (source, summary, failed) => {
      if (failed || summary.new > 0) console.log(`intake ${source}: ${JSON.stringify(summary)}`);
    },
  });
  return {
    async stop() {
      await Promise.all([enforcement.stop(), intake.stop()]);
    },
  };
}
