/**
 * The background work that runs beside the web server in the launcher's process: the enforcement worker (the
 * outbox of Synapse actions). Safe with several console instances: actions are claimed with SKIP LOCKED.
 * RUN_WORKERS=false leaves them to a separate process (`npm run console -- enforce`).
 */
import type { Db } from "@/lib/db/client";
import { startEnforcementWorker } from "@/lib/enforcement/run-worker";
import { createSynapse } from "@/lib/synapse/synapse";

export type Homeserver = { url: string; adminToken: string; serverName: string | undefined; timeoutMs: number };

export function startBackgroundWorkers(db: Db, homeserver: Homeserver): { stop(): Promise<void> } {
  const synapse = createSynapse({ baseUrl: homeserver.url, accessToken: homeserver.adminToken, timeoutMs: homeserver.timeoutMs });
  const log = (what: string) => (error: unknown) => console.error(`${what}:`, error instanceof Error ? error.message : error);
  const enforcement = startEnforcementWorker({ db, synapse, concurrency: 4, onError: log("enforcement") });
  return {
    async stop() {
      await enforcement.stop();
    },
  };
}
