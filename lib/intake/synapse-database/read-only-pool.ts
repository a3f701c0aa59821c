/**
 * The console's optional connection to Synapse's own PostgreSQL (SYNAPSE_DATABASE_URL), for what released Synapse
 * versions expose through no admin API (room reports). The console must never write there: Synapse owns that
 * schema, and a stray write could corrupt a homeserver. So every session is read-only from its first statement:
 * `default_transaction_read_only` and a statement timeout travel in the startup packet (`options`), which the
 * server applies before it accepts any query. A `SET` after connecting would not do: node-pg runs a client's queued
 * queries even after an earlier one failed, so a failed SET would leave a writable session. If the server refuses
 * the options, the connection fails — closed, not open. Operators should still give the role SELECT only (see
 * .env.example); this is the second lock, not the first.
 */
import pg from "pg";

/** Longest a single query may run on Synapse's database (it is the homeserver's, not ours: stay light). */
export const STATEMENT_TIMEOUT_MS = 15_000;

const pools = new Map<string, pg.Pool>();

/** One small pool per URL for the life of the process (intake polls every few seconds). */
export function synapseDatabasePool(url: string): pg.Pool {
  let pool = pools.get(url);
  if (!pool) {
    pool = createReadOnlyPool(url);
    pools.set(url, pool);
  }
  return pool;
}

export function createReadOnlyPool(url: string): pg.Pool {
  const { connectionString, userOptions } = splitOptions(url);
  const pool = new pg.Pool({
    connectionString,
    // Ours come last: for a repeated `-c` the server keeps the last value, so the URL cannot turn them off.
    options: [
      userOptions,
      "-c default_transaction_read_only=on",
      `-c statement_timeout=${STATEMENT_TIMEOUT_MS}`,
    ]
      .filter(Boolean)
      .join(" "),
    application_name: "matrix-safety-console (read-only intake)",
    // Intake reads one page at a time; two connections leave room for a status query without crowding Synapse.
    max: 2,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
    // Client-side bound too, in case the server never answers (network loss) and statement_timeout cannot fire.
    query_timeout: STATEMENT_TIMEOUT_MS + 5_000,
    // The CLI's one-shot `sync` must be able to exit without closing the pool explicitly.
    allowExitOnIdle: true,
  });
  // An idle connection dropped by the server (Synapse's database restarted) must not crash the process; the pool
  // discards it and the next query connects afresh.
  pool.on("error", () => undefined);
  return pool;
}

/** Ends every pool (tests, shutdown). */
export async function closeSynapseDatabasePools(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((p) => p.end()));
}

/**
 * node-pg lets the URL's own `?options=` replace the `options` setting, which would drop the read-only flag: take
 * it out of the URL and prepend it to ours instead.
 */
function splitOptions(url: string): { connectionString: string; userOptions: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Never echo the URL: it carries the password.
    throw new Error("SYNAPSE_DATABASE_URL is not a valid postgresql:// URL");
  }
  const userOptions = parsed.searchParams.get("options") ?? "";
  parsed.searchParams.delete("options");
  return { connectionString: parsed.toString(), userOptions };
}
