/**
 * Continuous intake. Exactly one console instance syncs at a time: the loop holds a PostgreSQL session advisory
 * lock on its own connection (not the Prisma pool, whose connections come and go), and other instances wait as
 * standbys, retrying the lock. If that connection dies, the lock is gone with it, so the loop stops syncing and
 * competes for the lock again. Each source has its own poll interval and backs off exponentially while failing.
 */
import pg from "pg";

import type { Db } from "@/lib/db/client";
import type { Synapse } from "@/lib/synapse";

import { enrichPendingCases } from "./enrich-pending";
import {
  POLLED_SOURCES,
  runIntakeSource,
  type IntakePassOptions,
  type PolledSource,
} from "./run-intake-pass";
import type { SourceSummary } from "./types";

/** Any stable 64-bit number; only the intake loop takes this lock. */
export const INTAKE_LOCK_KEY = 7_204_311_101;

export type IntakeLoopOptions = Omit<IntakePassOptions, "db" | "synapse" | "sources"> & {
  db: Db;
  synapse: Synapse;
  /** The database for the dedicated lock connection (the same database as `db`). */
  databaseUrl: string;
  pollIntervalMs?: Partial<Record<PolledSource, number>>;
  maxBackoffMs?: number;
  /** How often a standby retries the lock. */
  lockRetryMs?: number;
  onRun?: (source: PolledSource, summary: SourceSummary, failed: boolean) => void;
  onLockChange?: (held: boolean) => void;
};

const DEFAULT_INTERVALS: Record<PolledSource, number> = {
  EVENT_REPORT: 15_000,
  USER_REPORT: 30_000,
  ROOM_REPORT: 300_000,
  POLICY_SERVER_SOFT_FAIL: 120_000,
  // Names and topics change rarely; each pass reads up to 1,000 rooms with a detail call each.
  KEYWORD_SCAN: 900_000,
};

export function startIntakeLoop(options: IntakeLoopOptions): { stop(): Promise<void> } {
  const stopping = new AbortController();
  const done = run(options, stopping.signal);
  return {
    stop: async () => {
      stopping.abort();
      await done;
    },
  };
}

async function run(options: IntakeLoopOptions, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    const lock = new pg.Client({ connectionString: options.databaseUrl });
    let lost = false;
    lock.on("error", () => (lost = true));
    try {
      await lock.connect();
      const { rows } = await lock.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1::bigint) AS ok", [
        INTAKE_LOCK_KEY,
      ]);
      if (rows[0]?.ok) {
        options.onLockChange?.(true);
        await syncWhileHeld(options, signal, () => lost);
        options.onLockChange?.(false);
      }
    } catch {
      // The lock connection failed: fall through, wait and compete again.
    } finally {
      // Closing the session releases the lock; no explicit unlock needed (and none possible if it broke).
      await lock.end().catch(() => undefined);
    }
    await sleep(options.lockRetryMs ?? 10_000, signal);
  }
}

async function syncWhileHeld(
  options: IntakeLoopOptions,
  signal: AbortSignal,
  lockLost: () => boolean,
): Promise<void> {
  const next = new Map<PolledSource, number>(POLLED_SOURCES.map((s) => [s, 0]));
  const failures = new Map<PolledSource, number>();
  while (!signal.aborted && !lockLost()) {
    const now = Date.now();
    const due = POLLED_SOURCES.filter((s) => (next.get(s) ?? 0) <= now);
    for (const source of due) {
      if (signal.aborted || lockLost()) return;
      const { summary, failed } = await runIntakeSource(options, source);
      const n = failed ? (failures.get(source) ?? 0) + 1 : 0;
      failures.set(source, n);
      const interval = options.pollIntervalMs?.[source] ?? DEFAULT_INTERVALS[source];
      const delay = n === 0 ? interval : Math.min(options.maxBackoffMs ?? 300_000, interval * 2 ** n);
      next.set(source, Date.now() + delay);
      options.onRun?.(source, summary, failed);
    }
    if (due.length > 0 && (options.enrichLimit ?? 25) > 0) {
      await enrichPendingCases({
        db: options.db,
        synapse: options.synapse,
        serverName: options.serverName,
        limit: options.enrichLimit ?? 25,
      });
    }
    const wake = Math.min(...next.values()) - Date.now();
    await sleep(Math.max(50, Math.min(wake, 5_000)), signal);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
