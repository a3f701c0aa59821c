/**
 * next-auth (Auth.js v5) wiring. Reviewers sign in with their Matrix account's password, checked by the configured
 * homeserver (lib/auth/authorize-login.ts), or through a generic OIDC provider (Matrix Authentication Service,
 * Keycloak) when one is configured. Sessions are JWTs holding only the reviewer id and a session version; the role
 * and status are read from the database on every request (lib/auth/session.ts), so a role change or removal takes
 * effect at once.
 */
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";

import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { normaliseUsername } from "@/lib/reviewers/mxid";

import { authorizeLogin, type LoginRefusal } from "./authorize-login";
import { verifyPasswordWithHomeserver } from "./homeserver-password";
import { requestContext } from "./request-context";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    /** Compared with the reviewer's current version on every request; a bump ends this session. */
    sessionVersion?: number;
  }
}
declare module "@auth/core/jwt" {
  interface JWT {
    reviewerId?: string;
    sessionVersion?: number;
  }
}

/** Carries the refusal reason to the login page (next-auth puts `code` in the error it throws to signIn()). */
class LoginRefused extends CredentialsSignin {
  constructor(reason: LoginRefusal) {
    super();
    this.code = reason;
  }
}

function buildConfig(): NextAuthConfig {
  const config = env();
  if (!config.AUTH_SECRET) throw new Error("AUTH_SECRET is not set: start the console with `npm start`.");
  const providers: NextAuthConfig["providers"] = [
    Credentials({
      id: "matrix",
      name: "Matrix account",
      credentials: { username: {}, password: {} },
      async authorize(credentials, request) {
        const username = typeof credentials.username === "string" ? credentials.username : "";
        const password = typeof credentials.password === "string" ? credentials.password : "";
        const outcome = await authorizeLogin(db(), {
          username,
          password,
          serverName: config.SYNAPSE_SERVER_NAME ?? null,
          context: requestContext(request.headers),
          policy: { attempts: config.LOGIN_RATE_LIMIT_ATTEMPTS, windowMinutes: config.LOGIN_RATE_LIMIT_WINDOW_MINUTES },
          verifyPassword: verifyPasswordWithHomeserver,
        });
        if (!outcome.ok) throw new LoginRefused(outcome.reason);
        return { id: outcome.reviewer.id, name: outcome.reviewer.mxid, sessionVersion: outcome.reviewer.sessionVersion };
      },
    }),
  ];
  if (config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET) {
    providers.push({
      id: "oidc",
      name: config.OIDC_DISPLAY_NAME,
      type: "oidc",
      issuer: config.OIDC_ISSUER,
      clientId: config.OIDC_CLIENT_ID,
      clientSecret: config.OIDC_CLIENT_SECRET,
      checks: ["pkce", "state", "nonce"],
    });
  }

  return {
    secret: config.AUTH_SECRET,
    // The console is self-hosted behind whatever URL the operator gives it (AUTH_URL when set).
    trustHost: true,
    session: { strategy: "jwt", maxAge: config.SESSION_MAX_AGE_HOURS * 3600 },
    pages: { signIn: "/login", error: "/login" },
    providers,
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== "oidc") return true;
        const reviewer = await reviewerForOidcProfile(profile);
        if (!reviewer) return "/login?error=not_on_roster";
        await db().$transaction(async (tx) => {
          await tx.reviewer.update({ where: { id: reviewer.id }, data: { lastSignInAt: new Date() } });
          await recordAuditEvent(tx, {
            type: "REVIEWER_SIGNED_IN",
            actor: { kind: "reviewer", id: reviewer.id, mxid: reviewer.mxid },
            target: { type: "reviewer", id: reviewer.id },
            data: { method: "oidc" },
          });
        });
        return true;
      },
      async jwt({ token, user, account, profile }) {
        if (account?.provider === "oidc") {
          const reviewer = await reviewerForOidcProfile(profile);
          token.reviewerId = reviewer?.id;
          token.sessionVersion = reviewer?.sessionVersion;
        } else if (user?.id) {
          token.reviewerId = user.id;
          token.sessionVersion = user.sessionVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        // Only the id goes to the client; everything else is looked up server-side.
        return { ...session, sessionVersion: token.sessionVersion, user: { ...session.user, id: token.reviewerId ?? "" } };
      },
    },
  };
}

async function reviewerForOidcProfile(profile: Record<string, unknown> | undefined) {
  const config = env();
  const claim = profile?.[config.OIDC_MXID_CLAIM];
  if (typeof claim !== "string") return null;
  const mxid = normaliseUsername(claim, config.SYNAPSE_SERVER_NAME ?? null);
  if (!mxid) return null;
  const reviewer = await db().reviewer.findUnique({ where: { mxid } });
  return reviewer && !reviewer.deactivatedAt ? reviewer : null;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => buildConfig());
