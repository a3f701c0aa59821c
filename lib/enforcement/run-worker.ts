/**
 * The enforcement worker: claim due actions, carry them out on Synapse with bounded concurrency, record outcomes.
 * `runDueActionsOnce` is one pass (tests, `console enforce --once`); `startEnforcementWorker` loops until stopped.
 *
 * Stopping is graceful: stop() lets in-flight Synapse calls finish and their outcomes be written, so a deploy does
 * not strand RUNNING rows. A crash does strand them until their lease expires, then another pass takes them over.
 */
import type { Db } from "@/lib/db/client";
import type { Synapse } from "@/lib/synapse";

import { claimDueActions } from "./claim-due-actions";
import { processAction } from "./process-action";
import type { RecordedAs } from "./record-outcome";
import { DEFAULT_TIMING, type WorkerTiming } from "./timing";

export type RunOptions = {
  db: Db;
  synapse: Synapse;
  /** Actions worked on at once (each is one Synapse call or poll at a time). Default 4. */
  concurrency?: number;
  /** Rows claimed per pass. Default 4 × concurrency. */
  batchSize?: number;
  timing?: Partial<WorkerTiming>;
  random?: () => number;
  onError?: (error: unknown) => void;
};

export type RunSummary = { claimed: number; errors: number } & Record<RecordedAs, number>;

export async function runDueActionsOnce(options: RunOptions): Promise<RunSummary> {
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const claimed = await claimDueActions(options.db, { limit: options.batchSize ?? concurrency * 4, leaseMs: timing.leaseMs });
  const summary: RunSummary = {
    claimed: claimed.length,
    errors: 0,
    done: 0,
    failed: 0,
    retry_scheduled: 0,
    awaiting_synapse: 0,
    still_running: 0,
    lease_lost: 0,
  };
  let next = 0;
  const lane = async () => {
    while (next < claimed.length) {
      const action = claimed[next++]!;
      try {
        summary[await processAction(options.db, options.synapse, action, timing, options.random)] += 1;
      } catch (error) {
        // The outcome could not be written (database trouble). The lease will expire and a later pass retries.
        summary.errors += 1;
        options.onError?.(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, claimed.length) }, lane));
  return summary;
}

export function startEnforcementWorker(options: RunOptions & { pollIntervalMs?: number }): { stop(): Promise<void> } {
  const pollIntervalMs = options.pollIntervalMs ?? 1_000;
  const stopping = new AbortController();
  let wake: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const loop = (async () => {
    while (!stopping.signal.aborted) {
      let idle = true;
      try {
        const summary = await runDueActionsOnce(options);
        idle = summary.claimed === 0;
      } catch (error) {
        options.onError?.(error); // e.g. the database is down: wait and try again
      }
      // A full pass may have left more due work; only an empty pass waits.
      if (idle && !stopping.signal.aborted) await pause(pollIntervalMs);
    }
  })();

  return {
    async stop() {
      stopping.abort();
      wake?.();
      await loop;
    },
  };
}
