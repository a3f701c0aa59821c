/**
 * Errors thrown by the Synapse client. They carry what an operator or the enforcement worker needs (status, Matrix
 * errcode, method, path, how long to back off) and never the access token: the client scrubs it from every server
 * text before it reaches one of these objects, and no error holds the request headers.
 */
export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

export abstract class SynapseError extends Error {
  constructor(
    message: string,
    public readonly method: HttpMethod,
    public readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Synapse answered with a non-2xx status. `errcode`/`error` keep Matrix's body; `body` holds any extra fields. */
export class SynapseApiError extends SynapseError {
  constructor(
    method: HttpMethod,
    path: string,
    public readonly status: number,
    /** Undefined when the body was not a Matrix error (an HTML page from a proxy, an empty 502...). */
    public readonly errcode: string | undefined,
    public readonly error: string,
    /** From `retry_after_ms` in the body or the `Retry-After` header. */
    public readonly retryAfterMs: number | undefined,
    /** The whole JSON error object (e.g. `soft_logout`, `org.matrix.msc4387.harms`), when there was one. */
    public readonly body: Readonly<Record<string, unknown>> | undefined,
  ) {
    super(`Synapse ${method} ${path} failed: ${status} ${errcode ?? "(no errcode)"}: ${error}`, method, path);
  }
}

/** Synapse answered 2xx but the body was not JSON or did not match the expected schema. Never retried. */
export class SynapseProtocolError extends SynapseError {
  constructor(
    method: HttpMethod,
    path: string,
    /** A short summary of what did not match (zod issue paths and messages), never the body itself. */
    public readonly issues: string,
    options?: { cause?: unknown },
  ) {
    super(`Synapse ${method} ${path} returned an unexpected response: ${issues}`, method, path, options);
  }
}

/** The request never got an HTTP answer (connection refused/reset, DNS...). */
export class SynapseNetworkError extends SynapseError {}

/** No answer within the configured timeout. */
export class SynapseTimeoutError extends SynapseNetworkError {
  constructor(
    method: HttpMethod,
    path: string,
    public readonly timeoutMs: number,
  ) {
    super(`Synapse ${method} ${path} timed out after ${timeoutMs} ms`, method, path);
  }
}

/** A paginated listing misbehaved (repeated token, no progress, too many pages). */
export class SynapsePaginationError extends SynapseError {}

/** A media download was bigger than the caller's byte limit; the transfer was aborted. */
export class SynapseMediaTooLargeError extends SynapseError {
  constructor(
    method: HttpMethod,
    path: string,
    public readonly maxBytes: number,
  ) {
    super(`Synapse ${method} ${path}: media is larger than the ${maxBytes}-byte limit`, method, path);
  }
}

export function isSynapseApiError(error: unknown, errcode?: string): error is SynapseApiError {
  return error instanceof SynapseApiError && (errcode === undefined || error.errcode === errcode);
}

/**
 * Synapse's answer for a route it does not have (`404 M_UNRECOGNIZED "Unrecognized request"`; 405 for a known path
 * with the wrong method). This is how an older Synapse tells us an admin API (room_reports...) does not exist.
 */
export function isUnrecognizedEndpoint(error: unknown): boolean {
  if (!(error instanceof SynapseApiError)) return false;
  if (error.status !== 404 && error.status !== 405) return false;
  return (
    error.errcode === "M_UNRECOGNIZED" || (error.status === 404 && /^Unrecognized request/i.test(error.error))
  );
}
