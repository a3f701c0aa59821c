/**
 * The sign-in decision, apart from next-auth so it can be tested against a real database and homeserver:
 * rate limit → the homeserver checks the password (the console never sees or stores it beyond this call) →
 * the account must be on the roster and active. Every outcome is recorded (attempt counter + audit event).
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { AuditContext } from "@/lib/audit/types";
import type { Db } from "@/lib/db/client";
import { normaliseUsername } from "@/lib/reviewers/mxid";

import { loginRetryAfterMinutes, type RateLimitPolicy, recordLoginAttempt } from "./rate-limit";

/** What the homeserver said about the password. */
export type HomeserverVerdict =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid_credentials" | "homeserver_error"; detail?: string };

export type LoginRefusal = "invalid_credentials" | "not_on_roster" | "deactivated" | "rate_limited" | "homeserver_error";

export type LoginOutcome =
  | { ok: true; reviewer: { id: string; mxid: string; sessionVersion: number } }
  | { ok: false; reason: LoginRefusal; retryAfterMinutes?: number };

export async function authorizeLogin(
  db: Db,
  input: {
    username: string;
    password: string;
    serverName: string | null;
    context: AuditContext;
    policy: RateLimitPolicy;
    verifyPassword: (userId: string, password: string) => Promise<HomeserverVerdict>;
  },
): Promise<LoginOutcome> {
  const userId = normaliseUsername(input.username, input.serverName);
  const attemptedAs = userId ?? input.username.slice(0, 300);
  const keys = { username: attemptedAs, ip: input.context.ipAddress ?? null };

  const refuse = async (reason: LoginRefusal, extra: { retryAfterMinutes?: number } = {}): Promise<LoginOutcome> => {
    await db.$transaction(async (tx) => {
      if (reason !== "rate_limited") await recordLoginAttempt(tx, keys, false);
      await recordAuditEvent(tx, {
        type: "REVIEWER_SIGN_IN_FAILED",
        actor: { kind: "anonymous", label: attemptedAs },
        context: input.context,
        data: { username: attemptedAs, reason },
      });
    });
    return { ok: false, reason, ...extra };
  };

  const retryAfterMinutes = await loginRetryAfterMinutes(db, keys, input.policy);
  if (retryAfterMinutes > 0) return refuse("rate_limited", { retryAfterMinutes });
  if (!userId || input.password.length === 0 || input.password.length > 1024) return refuse("invalid_credentials");

  const verdict = await input.verifyPassword(userId, input.password);
  if (!verdict.ok) return refuse(verdict.reason);

  // The homeserver's answer is authoritative for the id (it may canonicalise case or the server part).
  const reviewer = await db.reviewer.findUnique({ where: { mxid: verdict.userId } });
  if (!reviewer) return refuse("not_on_roster");
  if (reviewer.deactivatedAt) return refuse("deactivated");

  await db.$transaction(async (tx) => {
    await recordLoginAttempt(tx, keys, true);
    await tx.reviewer.update({ where: { id: reviewer.id }, data: { lastSignInAt: new Date() } });
    await recordAuditEvent(tx, {
      type: "REVIEWER_SIGNED_IN",
      actor: { kind: "reviewer", id: reviewer.id, mxid: reviewer.mxid },
      target: { type: "reviewer", id: reviewer.id },
      context: input.context,
      data: { method: "matrix_password" },
    });
  });
  return { ok: true, reviewer: { id: reviewer.id, mxid: reviewer.mxid, sessionVersion: reviewer.sessionVersion } };
}

export const LOGIN_REFUSAL_MESSAGES: Record<LoginRefusal, string> = {
  invalid_credentials: "The homeserver did not accept that username and password.",
  not_on_roster: "This Matrix account is not on the console's reviewer roster. Ask an admin to add you.",
  deactivated: "This reviewer account has been deactivated. Ask an admin if this is a mistake.",
  rate_limited: "Too many failed sign-in attempts. Try again later.",
  homeserver_error: "The homeserver could not be reached to check your password. Try again in a moment.",
};
