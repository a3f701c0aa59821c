/**
 * What a failed Synapse call means for an outbox row: try again later, or stop and show a lead why.
 *
 * Retried: no HTTP answer (connection error, timeout), 5xx, 429 (after at least `retry_after_ms`), a 2xx whose body
 * we could not read (Synapse did act; repeating is safe for every kind, see REPEAT_SAFETY), and executor-signalled
 * waits (another redaction or deletion of the same target is running). Everything else, notably 4xx, is permanent:
 * repeating a request Synapse refused as invalid, forbidden or unknown would get the same answer.
 *
 * Messages keep Synapse's errcode and error text (what a lead needs) and never the token: the client scrubs it
 * from every server text before building its errors.
 */
import { ZodError } from "zod";

import { SynapseApiError, SynapseNetworkError, SynapseProtocolError } from "@/lib/synapse";

/** Thrown by an executor when the right move is to wait and try again (e.g. "Redact already in progress"). */
export class RetryLaterError extends Error {
  constructor(
    message: string,
    readonly delayHintMs?: number,
  ) {
    super(message);
    this.name = "RetryLaterError";
  }
}

export type FailureVerdict =
  | { retry: true; message: string; delayHintMs?: number }
  | { retry: false; message: string };

const MAX_MESSAGE = 2000;

export function describeSynapseError(error: SynapseApiError): string {
  return `${error.status} ${error.errcode ?? "(no errcode)"}: ${error.error}`;
}

export function classifyFailure(error: unknown): FailureVerdict {
  const bounded = (message: string) => (message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message);
  if (error instanceof RetryLaterError) {
    return { retry: true, message: bounded(error.message), delayHintMs: error.delayHintMs };
  }
  if (error instanceof SynapseApiError) {
    const message = bounded(`${error.method} ${error.path}: ${describeSynapseError(error)}`);
    if (error.status === 429) return { retry: true, message, delayHintMs: error.retryAfterMs };
    if (error.status >= 500) return { retry: true, message };
    return { retry: false, message };
  }
  if (error instanceof SynapseNetworkError || error instanceof SynapseProtocolError) {
    return { retry: true, message: bounded(error.message) };
  }
  if (error instanceof ZodError) {
    return { retry: false, message: bounded(`The stored action does not fit its kind: ${error.message}`) };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { retry: false, message: bounded(`Unexpected error: ${text}`) };
}
