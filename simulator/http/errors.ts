import type { JsonObject } from "../state/json";

/**
 * A Matrix error response, `{"errcode", "error", ...extra}` (Synapse's `SynapseError.error_dict`). Handlers throw it;
 * the dispatcher turns it into the HTTP response.
 */
export class MatrixError extends Error {
  constructor(
    readonly status: number,
    readonly errcode: string,
    message: string,
    readonly extra: JsonObject = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "MatrixError";
  }

  body(): JsonObject {
    return { errcode: this.errcode, error: this.message, ...this.extra };
  }
}

// Constructors named after the Synapse exception classes they imitate, with Synapse's default messages.

/** `SynapseError(code, msg)` without an errcode defaults to M_UNKNOWN. */
export const synapseError = (
  status: number,
  message: string,
  errcode = "M_UNKNOWN",
  extra: JsonObject = {},
) => new MatrixError(status, errcode, message, extra);

export const notFound = (message: string) => new MatrixError(404, "M_NOT_FOUND", message);
export const forbidden = (message: string, errcode = "M_FORBIDDEN") => new MatrixError(403, errcode, message);
export const invalidParam = (message: string) => new MatrixError(400, "M_INVALID_PARAM", message);
export const missingParam = (message: string) => new MatrixError(400, "M_MISSING_PARAM", message);
export const badJson = (message: string) => new MatrixError(400, "M_BAD_JSON", message);

/** `UnrecognizedRequestError`: 404 for an unknown path, 405 for a known path with another method. */
export const unrecognized = (status: 404 | 405 = 404) =>
  new MatrixError(status, "M_UNRECOGNIZED", "Unrecognized request");

export const missingToken = (message = "Missing access token") =>
  new MatrixError(401, "M_MISSING_TOKEN", message);

/**
 * `InvalidClientTokenError`. Synapse's default text is "Unrecognised access token", but an unknown token that is not a
 * macaroon is reported as "Invalid access token passed." (`synapse/api/auth/internal.py`), which is what clients see.
 */
export const unknownToken = (message = "Invalid access token passed.", softLogout = false) =>
  new MatrixError(401, "M_UNKNOWN_TOKEN", message, { soft_logout: softLogout });

export const userLocked = () =>
  new MatrixError(401, "M_USER_LOCKED", "User account has been locked", { soft_logout: true });

export const notServerAdmin = () => forbidden("You are not a server admin");

/** `LimitExceededError`: body carries `retry_after_ms`, header `Retry-After` in whole seconds (rounded up). */
export const limitExceeded = (retryAfterMs: number) =>
  new MatrixError(
    429,
    "M_LIMIT_EXCEEDED",
    "Too Many Requests",
    { retry_after_ms: retryAfterMs },
    { "Retry-After": String(Math.ceil(retryAfterMs / 1000)) },
  );

export const internalError = () => new MatrixError(500, "M_UNKNOWN", "Internal server error");
