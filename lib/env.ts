/**
 * The console's configuration: the only module that reads process.env (an eslint rule enforces it).
 *
 * Parsed lazily, on first use, so that `next build` needs no runtime settings. A bad or missing setting throws a
 * ConfigError naming each setting and what is expected; the launcher (scripts/run-console.ts) prints it and stops.
 * Every setting is documented in .env.example.
 */
import path from "node:path";

import { z } from "zod";

// Every entry point (npm scripts, next start, vitest, playwright) runs from the repository root.
const REPO_ROOT = process.cwd();

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const boolFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

const intInRange = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const urlString = (what: string) =>
  z
    .string()
    .trim()
    .refine((v) => /^https?:\/\/[^\s]+$/.test(v), `must be an http(s) URL (${what})`)
    .transform((v) => v.replace(/\/+$/, ""));

export const ZEnv = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),

    // Database
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string")
        .optional(),
    ),
    CONSOLE_DATA_DIR: z.string().default(path.join(REPO_ROOT, ".data")),
    EMBEDDED_POSTGRES_PORT: intInRange(1024, 65535, 54329),

    // Web
    PORT: intInRange(1, 65535, 3000),
    /** Address the web server listens on; loopback by default, 0.0.0.0 in a container. */
    HOST: z.string().default("127.0.0.1"),
    AUTH_SECRET: optionalString.pipe(z.string().min(32, "must be at least 32 characters").optional()),
    AUTH_URL: optionalString.pipe(urlString("the console's public URL").optional()),
    SESSION_MAX_AGE_HOURS: intInRange(1, 24 * 30, 12),
    LOGIN_RATE_LIMIT_ATTEMPTS: intInRange(1, 1000, 5),
    LOGIN_RATE_LIMIT_WINDOW_MINUTES: intInRange(1, 24 * 60, 15),

    // Homeserver
    SYNAPSE_URL: optionalString.pipe(urlString("the homeserver's client-server base URL").optional()),
    SYNAPSE_SERVER_NAME: optionalString,
    SYNAPSE_ADMIN_TOKEN: optionalString,
    SYNAPSE_TIMEOUT_MS: intInRange(100, 600_000, 15_000),
    /** Optional read-only connection to Synapse's own PostgreSQL: room reports when Synapse has no admin API for them. */
    SYNAPSE_DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string")
        .optional(),
    ),
    /** Secret path segment of policyserv's webhook (POST /api/webhooks/policyserv/<secret>); unset = endpoint off. */
    POLICYSERV_WEBHOOK_SECRET: optionalString.pipe(z.string().min(24, "must be at least 24 characters").optional()),

    // Media previews (lib/media): size cap of the blurred-preview cache in CONSOLE_DATA_DIR/media-cache; 0 = off.
    MEDIA_PREVIEW_CACHE_MB: intInRange(0, 1_000_000, 512),

    // Reviewing: a claim on a case lapses after this many minutes unless renewed (lib/cases/claim-*.ts).
    CLAIM_TIMEOUT_MINUTES: intInRange(1, 24 * 60, 15),

    // Evidence snapshots taken before destructive actions (lib/evidence): kept this many days, then purged by
    // `npm run console -- evidence purge`; media bytes are kept up to the per-file and per-decision caps (MB).
    EVIDENCE_RETENTION_DAYS: intInRange(1, 36_500, 365),
    EVIDENCE_MAX_FILE_MB: intInRange(0, 1024, 25),
    EVIDENCE_MAX_DECISION_MB: intInRange(0, 10_240, 100),

    // Optional OIDC sign-in (Matrix Authentication Service, Keycloak...)
    OIDC_ISSUER: optionalString.pipe(urlString("the OIDC issuer").optional()),
    OIDC_CLIENT_ID: optionalString,
    OIDC_CLIENT_SECRET: optionalString,
    OIDC_DISPLAY_NAME: z.string().default("Single sign-on"),
    /** Claim holding the reviewer's Matrix id; `preferred_username` is turned into @name:SYNAPSE_SERVER_NAME. */
    OIDC_MXID_CLAIM: z.string().default("preferred_username"),

    /** Run the background workers (enforcement, intake) in the console's process; false when run separately. */
    RUN_WORKERS: z
      .enum(["true", "false", "1", "0"])
      .default("true")
      .transform((v) => v === "true" || v === "1"),

    // Demo mode (the built-in simulator) — the launcher sets it when no homeserver is configured.
    CONSOLE_DEMO: boolFlag,
    /** Port of the built-in simulated homeserver in demo mode. */
    DEMO_SIMULATOR_PORT: intInRange(1024, 65535, 18448),
  })
  .superRefine((env, ctx) => {
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together",
      });
    }
    if (env.SYNAPSE_ADMIN_TOKEN && !env.SYNAPSE_URL) {
      ctx.addIssue({ code: "custom", path: ["SYNAPSE_URL"], message: "is required when SYNAPSE_ADMIN_TOKEN is set" });
    }
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required in production (a random string of 32+ characters; `openssl rand -base64 32`)",
      });
    }
  });

export type Env = z.infer<typeof ZEnv>;

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Validates a set of variables; exported for tests and for the launcher. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = ZEnv.safeParse(source);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = issue.path.join(".") || "(environment)";
        const value = source[name];
        const shown =
          value === undefined
            ? "it is not set"
            : name.includes("SECRET") || name.includes("TOKEN")
              ? "its value was rejected"
              : `got ${JSON.stringify(redactCredentials(value).slice(0, 80))}`;
        return `${name}: ${issue.message} (${shown})`;
      }),
    );
  }
  return result.data;
}

/** Connection strings carry passwords: `postgresql://user:pw@host` is shown as `postgresql://user:***@host`. */
function redactCredentials(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:@/\s]*):[^@/\s]*@/i, "$1:***@");
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For tests that change variables between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}

export const paths = {
  repoRoot: REPO_ROOT,
};

/** The environment for a child process (the Next server, a worker): this process's plus the given settings. */
export function childProcessEnv(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}
