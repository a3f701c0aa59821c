/**
 * Reviewer sign-in against the homeserver: a password login through the client-server API, then an immediate
 * logout so the check leaves no device behind on the reviewer's account.
 *
 * Plain fetch + zod rather than matrix-js-sdk: the SDK's MatrixClient is built for a long-lived, syncing client
 * (stores, crypto, a global logger that prints to the console), and for two stateless POSTs in server code it adds a
 * large ESM module graph to every route that imports this file while giving us nothing zod does not: we still have
 * to map its MatrixError to our own results. A body that does not match is a homeserver error, never a sign-in.
 */
import { z } from "zod";

export type LoginFailure =
  /** 403 M_FORBIDDEN: unknown user or wrong password (Synapse does not say which). */
  | "invalid_credentials"
  /** 401 M_USER_LOCKED: the account is locked by an admin. */
  | "locked"
  /** 403 M_USER_DEACTIVATED (usually pre-empted by M_FORBIDDEN, since deactivation wipes the password). */
  | "deactivated"
  /** 429 M_LIMIT_EXCEEDED: `retryAfterMs` says when to try again. */
  | "rate_limited"
  /** No HTTP answer (refused, DNS, timeout). */
  | "network_error"
  /** Any other answer, or a body we do not understand. */
  | "homeserver_error";

export type LoginResult =
  | { ok: true; userId: string; accessToken: string; deviceId: string }
  | { ok: false; reason: LoginFailure; retryAfterMs?: number; errcode?: string };

export interface LoginInput {
  baseUrl: string;
  /** Localpart or full Matrix id; the homeserver resolves either. */
  user: string;
  password: string;
  /** Shown in the account's device list while the session exists. */
  deviceName?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const ZLoginResponse = z.looseObject({
  user_id: z.string(),
  access_token: z.string(),
  device_id: z.string(),
});
const ZMatrixError = z.looseObject({
  errcode: z.string(),
  error: z.string().optional(),
  retry_after_ms: z.number().optional(),
});

const DEFAULT_TIMEOUT_MS = 15_000;

function endpoint(baseUrl: string, path: string): string {
  return baseUrl.replace(/\/+$/, "") + path;
}

export async function loginWithPassword(input: LoginInput): Promise<LoginResult> {
  const doFetch = input.fetch ?? globalThis.fetch;
  let res: Response;
  try {
    // POST /_matrix/client/v3/login with m.login.password and an m.id.user identifier
    res = await doFetch(endpoint(input.baseUrl, "/_matrix/client/v3/login"), {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({
        type: "m.login.password",
        identifier: { type: "m.id.user", user: input.user },
        password: input.password,
        initial_device_display_name: input.deviceName ?? "Trust & Safety console",
      }),
      signal: AbortSignal.timeout(input.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      redirect: "error",
    });
  } catch {
    return { ok: false, reason: "network_error" };
  }
  const json: unknown = await res.json().catch(() => undefined);
  if (res.ok) {
    const parsed = ZLoginResponse.safeParse(json);
    return parsed.success
      ? {
          ok: true,
          userId: parsed.data.user_id,
          accessToken: parsed.data.access_token,
          deviceId: parsed.data.device_id,
        }
      : { ok: false, reason: "homeserver_error" };
  }
  const error = ZMatrixError.safeParse(json);
  const errcode = error.success ? error.data.errcode : undefined;
  switch (errcode) {
    case "M_FORBIDDEN":
      return { ok: false, reason: "invalid_credentials", errcode };
    case "M_USER_LOCKED":
      return { ok: false, reason: "locked", errcode };
    case "M_USER_DEACTIVATED":
      return { ok: false, reason: "deactivated", errcode };
    case "M_LIMIT_EXCEEDED": {
      const header = Number(res.headers.get("retry-after"));
      const retryAfterMs =
        error.data?.retry_after_ms ?? (Number.isFinite(header) && header > 0 ? header * 1000 : undefined);
      return { ok: false, reason: "rate_limited", errcode, retryAfterMs };
    }
    default:
      return { ok: false, reason: "homeserver_error", errcode };
  }
}

/**
 * Ends the session (and deletes its device). A token the server no longer knows counts as logged out; other
 * failures throw, so a caller that must not leave sessions behind can retry or report.
 */
export async function logout(input: {
  baseUrl: string;
  accessToken: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}): Promise<void> {
  const doFetch = input.fetch ?? globalThis.fetch;
  // POST /_matrix/client/v3/logout
  const res = await doFetch(endpoint(input.baseUrl, "/_matrix/client/v3/logout"), {
    method: "POST",
    headers: { authorization: `Bearer ${input.accessToken}`, "content-type": "application/json" },
    body: "{}",
    signal: AbortSignal.timeout(input.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    redirect: "error",
  });
  if (res.ok) return;
  const error = ZMatrixError.safeParse(await res.json().catch(() => undefined));
  if (res.status === 401 && error.success && error.data.errcode === "M_UNKNOWN_TOKEN") return;
  throw new Error(
    `Matrix logout failed: HTTP ${res.status} ${error.success ? error.data.errcode : "(no errcode)"}`,
  );
}
