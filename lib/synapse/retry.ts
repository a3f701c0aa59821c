/**
 * Retry policy for Synapse calls, after ozone's `retryHttp`: only idempotent requests, only for failures where
 * trying again can help (no HTTP answer, 5xx, 429), a bounded number of times, with exponential backoff and jitter
 * so that several console workers do not hammer a recovering homeserver in lockstep.
 */
import { SynapseApiError, SynapseNetworkError } from "./errors";

export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  /** Longest wait between attempts. A 429 asking for more is not retried here: the caller reschedules instead. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 3, baseDelayMs: 250, maxDelayMs: 10_000 };

export function isRetryableFailure(error: unknown): boolean {
  if (error instanceof SynapseNetworkError) return true; // includes timeouts
  return error instanceof SynapseApiError && (error.status >= 500 || error.status === 429);
}

/**
 * Delay before retry number `attempt` (0-based), or `undefined` when the server asked us to wait longer than the
 * policy allows. A server-given wait is honoured as a floor; jitter only ever adds to it.
 */
export function retryDelayMs(
  policy: RetryPolicy,
  attempt: number,
  serverRetryAfterMs: number | undefined,
  random: () => number = Math.random,
): number | undefined {
  if (serverRetryAfterMs !== undefined) {
    if (serverRetryAfterMs > policy.maxDelayMs) return undefined;
    return serverRetryAfterMs + Math.floor(random() * Math.min(250, serverRetryAfterMs * 0.1 + 10));
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  // "Equal jitter": half fixed, half random, so a retry never fires immediately after a failure.
  return Math.floor(ceiling / 2 + random() * (ceiling / 2));
}

/** `Retry-After` is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfterHeader(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Waits `ms`, or rejects with the signal's reason as soon as the caller aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abortReason = () =>
      signal?.reason instanceof Error ? signal.reason : new Error(String(signal?.reason ?? "aborted"));
    if (signal?.aborted) return reject(abortReason());
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
