/**
 * A second real Synapse, on PostgreSQL, for tests of what only Synapse's database has (room reports: released
 * Synapse has no admin API for them). Everything is its own, so it never touches the default test peer (SQLite,
 * port 18008, .data/synapse-peer) that other tests and engineers use:
 *   - an embedded PostgreSQL in .data/synapse-peer-pg-postgres on 127.0.0.1:54391 (SYNAPSE_PG_PEER_PG_PORT),
 *   - a `synapse` database (C collation, as Synapse requires) owned by the role Synapse uses,
 *   - a read-only role for the console, granted SELECT on the room-report tables only (that database also holds
 *     access tokens and password hashes),
 *   - Synapse itself via scripts/synapse-peer/peer.sh (SYNAPSE_PEER_DATABASE_URL), port 18009 (SYNAPSE_PG_PEER_PORT),
 *     state in .data/synapse-peer-pg.
 * The ports are fixed so a killed run's leftovers are found again; two checkouts on one machine running this at the
 * same time need different SYNAPSE_PG_PEER_PORT / SYNAPSE_PG_PEER_PG_PORT. Two runs in the same checkout share the
 * instance, and the first to finish stops it.
 * Idempotent: a second call reuses what is running. Leftovers of a killed run are taken over: an orphaned
 * PostgreSQL is adopted by startEmbeddedPostgres, a Synapse still running is reused, or restarted if it lost its
 * database. Needs root and the peer's chroot (peer.sh provisions it on first use; slow).
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";

import pg from "pg";

import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

export type SynapsePgPeer = {
  synapseUrl: string;
  adminToken: string;
  serverName: string;
  /** The console's role on Synapse's database: may read the room-report tables, nothing else. */
  readOnlyDatabaseUrl: string;
  stop(): Promise<void>;
};

const PG_PORT = Number(process.env.SYNAPSE_PG_PEER_PG_PORT ?? 54391);
const SYNAPSE_PORT = Number(process.env.SYNAPSE_PG_PEER_PORT ?? 18009);
const STATE_DIR = path.resolve(".data/synapse-peer-pg");
const PG_DATA_DIR = path.resolve(".data/synapse-peer-pg-postgres");
const PEER_SH = path.resolve("scripts/synapse-peer/peer.sh");
const DATABASE = "synapse";
// Loopback-only cluster of a test; the passwords only keep other local users out. peer.sh accepts [A-Za-z0-9._~-].
const SYNAPSE_ROLE = { name: "synapse_peer", password: "synapse-peer-local" };
const READER_ROLE = { name: "console_reader", password: "console-reader-local" };
/** The tables the console reads (lib/intake/synapse-database); the grant is the first lock on writes. */
export const READABLE_TABLES = ["room_reports", "room_stats_state", "room_stats_current"] as const;

// Bounded waits: the first start creates Synapse's whole schema (tens of seconds); a reused one takes seconds.
const START_TIMEOUT_MS = 240_000;
const STOP_TIMEOUT_MS = 60_000;

export async function startSynapsePgPeer(): Promise<SynapsePgPeer> {
  const cluster = await startEmbeddedPostgres({ dataDir: PG_DATA_DIR, port: PG_PORT, database: "postgres" });
  try {
    await ensureRolesAndDatabase(cluster.urlFor("postgres"));
    const port = new URL(cluster.url).port;
    const synapseDbUrl = `postgresql://${SYNAPSE_ROLE.name}:${SYNAPSE_ROLE.password}@127.0.0.1:${port}/${DATABASE}`;
    await peer("start", synapseDbUrl);
    let info = await readPeerInfo();
    if (!(await synapseReachesItsDatabase(info))) {
      // A Synapse left running by a killed run whose PostgreSQL went away with it: its pool is dead.
      await peer("restart", synapseDbUrl);
      info = await readPeerInfo();
      if (!(await synapseReachesItsDatabase(info)))
        throw new Error(`the PostgreSQL-backed Synapse at ${info.url} cannot read its database`);
    }
    // Synapse creates its tables on first start, so the grant can only come now.
    await grantReadOnly(cluster.urlFor(DATABASE));
    const readOnly = new URL(cluster.urlFor(DATABASE));
    readOnly.username = READER_ROLE.name;
    readOnly.password = READER_ROLE.password;
    return {
      synapseUrl: info.url,
      adminToken: info.adminToken,
      serverName: info.serverName,
      readOnlyDatabaseUrl: readOnly.toString(),
      stop: async () => {
        try {
          await peer("stop", synapseDbUrl);
        } finally {
          await cluster.stop();
        }
      },
    };
  } catch (error) {
    await cluster.stop().catch(() => undefined);
    throw error;
  }
}

async function ensureRolesAndDatabase(adminUrl: string): Promise<void> {
  await withClient(adminUrl, async (c) => {
    for (const role of [SYNAPSE_ROLE, READER_ROLE]) {
      const exists = (await c.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role.name])).rowCount;
      const verb = exists ? "ALTER" : "CREATE";
      // NOSUPERUSER etc. are the defaults; stated so a leftover role with more rights is brought back in line.
      await c.query(
        `${verb} ROLE ${pg.escapeIdentifier(role.name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE ` +
          `PASSWORD ${pg.escapeLiteral(role.password)}`,
      );
    }
    const db = await c.query<{ datcollate: string }>(
      "SELECT datcollate FROM pg_database WHERE datname = $1",
      [DATABASE],
    );
    const collation = db.rows[0]?.datcollate;
    if (collation === undefined) {
      await c.query(
        `CREATE DATABASE ${pg.escapeIdentifier(DATABASE)} OWNER ${pg.escapeIdentifier(SYNAPSE_ROLE.name)} ` +
          `ENCODING 'UTF8' LC_COLLATE='C' LC_CTYPE='C' TEMPLATE template0`,
      );
    } else if (collation !== "C") {
      throw new Error(
        `database '${DATABASE}' in ${PG_DATA_DIR} has collation ${collation}; Synapse needs C. ` +
          `Stop the peer and delete ${PG_DATA_DIR} and ${STATE_DIR}.`,
      );
    }
  });
}

async function grantReadOnly(synapseDbAdminUrl: string): Promise<void> {
  const reader = pg.escapeIdentifier(READER_ROLE.name);
  await withClient(synapseDbAdminUrl, async (c) => {
    await c.query(`GRANT CONNECT ON DATABASE ${pg.escapeIdentifier(DATABASE)} TO ${reader}`);
    await c.query(`GRANT USAGE ON SCHEMA public TO ${reader}`);
    await c.query(
      `GRANT SELECT ON ${READABLE_TABLES.map((t) => pg.escapeIdentifier(t)).join(", ")} TO ${reader}`,
    );
  });
}

type PeerInfo = { url: string; serverName: string; adminToken: string };

async function readPeerInfo(): Promise<PeerInfo> {
  const json = JSON.parse(await readFile(path.join(STATE_DIR, "peer.json"), "utf8")) as Partial<PeerInfo>;
  if (!json.url || !json.serverName || !json.adminToken)
    throw new Error(`${STATE_DIR}/peer.json is incomplete`);
  return { url: json.url, serverName: json.serverName, adminToken: json.adminToken };
}

/** The room list is read from the database on every call (no cache), unlike whoami or user lookups. */
async function synapseReachesItsDatabase(info: PeerInfo): Promise<boolean> {
  try {
    const res = await fetch(`${info.url}/_synapse/admin/v1/rooms?limit=1`, {
      headers: { authorization: `Bearer ${info.adminToken}` },
      signal: AbortSignal.timeout(15_000),
    });
    return res.ok;
  } catch {
    return false;
  }
}

function peer(command: "start" | "restart" | "stop", databaseUrl: string): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Only the chroot location is shared with the default peer; everything else is this instance's own.
  for (const key of Object.keys(env))
    if (key.startsWith("SYNAPSE_PEER_") && key !== "SYNAPSE_PEER_CACHE") delete env[key];
  Object.assign(env, {
    SYNAPSE_PEER_STATE: STATE_DIR,
    SYNAPSE_PEER_PORT: String(SYNAPSE_PORT),
    SYNAPSE_PEER_DATABASE_URL: databaseUrl,
  });
  const timeout = command === "stop" ? STOP_TIMEOUT_MS : START_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    execFile(
      "bash",
      [PEER_SH, command],
      { env, timeout, maxBuffer: 4 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (!error) return resolve();
        const tail = stderr.split("\n").slice(-25).join("\n");
        reject(
          new Error(`peer.sh ${command} (PostgreSQL peer, ${STATE_DIR}) failed: ${error.message}\n${tail}`),
        );
      },
    );
  });
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
