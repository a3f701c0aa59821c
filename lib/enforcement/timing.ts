/**
 * How long the worker holds a claim, how it backs off, how often it polls Synapse's jobs. Tests shrink these.
 *
 * The lease: a claimed row's `nextAttemptAt` is set to "now + leaseMs" and doubles as the lease expiry, so no column
 * was added for it. A worker that dies mid-call leaves the row RUNNING with an expired lease; the next claim takes
 * it over. leaseMs must exceed the longest Synapse call including the client's own retries (15 s timeout × 4
 * attempts + backoff ≈ 90 s by default), otherwise a slow but alive worker would be overtaken; the fenced write in
 * record-outcome.ts makes that harmless for the database, and every executor is safe to repeat (execute-action.ts).
 */
export type WorkerTiming = {
  leaseMs: number;
  /** First retry delay; doubled per attempt, with jitter, up to retryMaxMs. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** Polling of Synapse jobs (redaction, room deletion): starts fast, slows down for long jobs. */
  jobPollMinMs: number;
  jobPollMaxMs: number;
  /** A job still "active" after this long is reported FAILED (a lead can retry, which resumes polling). */
  jobTimeoutMs: number;
};

export const DEFAULT_TIMING: WorkerTiming = {
  leaseMs: 5 * 60_000,
  retryBaseMs: 5_000,
  retryMaxMs: 15 * 60_000,
  jobPollMinMs: 1_000,
  jobPollMaxMs: 30_000,
  jobTimeoutMs: 24 * 60 * 60_000,
};

/** Longest wait a server's Retry-After can impose on us; beyond it we still retry, just not later than this. */
const MAX_SERVER_DELAY_MS = 60 * 60_000;

/**
 * Delay before the next try after `attempts` failed ones: exponential with "equal jitter" (half fixed, half random,
 * so workers that failed together do not retry together), never shorter than what Synapse asked for (429).
 */
export function retryDelayMs(
  timing: WorkerTiming,
  attempts: number,
  serverHintMs: number | undefined,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(timing.retryMaxMs, timing.retryBaseMs * 2 ** Math.max(0, attempts - 1));
  const jittered = Math.floor(ceiling / 2 + random() * (ceiling / 2));
  return Math.max(jittered, Math.min(serverHintMs ?? 0, MAX_SERVER_DELAY_MS));
}

/** Next poll of a Synapse job: a tenth of its age so far, within bounds (short jobs finish fast, long ones cost little). */
export function jobPollDelayMs(timing: WorkerTiming, ageMs: number): number {
  return Math.min(timing.jobPollMaxMs, Math.max(timing.jobPollMinMs, Math.floor(ageMs / 10)));
}
