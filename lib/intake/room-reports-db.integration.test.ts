/**
 * Room reports from a real Synapse whose database is PostgreSQL. Released Synapse has no room-reports admin API, so
 * intake reads Synapse's `room_reports` table through the console's read-only connection (SYNAPSE_DATABASE_URL).
 * Starts its own Synapse and PostgreSQL (tests/support/synapse-pg-peer.ts), never the shared default peer, and
 * stops them afterwards.
 */
import { randomBytes } from "node:crypto";

import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";

import { resetEnvCache } from "@/lib/env";
import { createSynapse } from "@/lib/synapse";
import { testSimulator } from "@/simulator/testing";
import { registerUser } from "@/tests/contract/matrix-user";
import { testDb } from "@/tests/integration/per-file-database";
import { startSynapsePgPeer, type SynapsePgPeer } from "@/tests/support/synapse-pg-peer";

import { enrichCase } from "./enrich-case";
import { runIntakePass } from "./run-intake-pass";
import { closeSynapseDatabasePools, synapseDatabasePool } from "./synapse-database/read-only-pool";

let peer: SynapsePgPeer | undefined;

beforeAll(async () => {
  peer = await startSynapsePgPeer();
  // What an operator sets; runIntakePass reads it through env() (each test file runs in its own process).
  process.env.SYNAPSE_DATABASE_URL = peer.readOnlyDatabaseUrl;
  resetEnvCache();
}, 300_000);

afterAll(async () => {
  await closeSynapseDatabasePools();
  delete process.env.SYNAPSE_DATABASE_URL;
  resetEnvCache();
  await peer?.stop();
}, 120_000);

function started(): SynapsePgPeer {
  if (!peer) throw new Error("the PostgreSQL-backed Synapse did not start");
  return peer;
}

it("turns a room report filed through the client-server API into a ROOM case with the room's name, once", async () => {
  const { synapseUrl, adminToken, serverName, readOnlyDatabaseUrl } = started();
  const target = { name: "synapse" as const, url: synapseUrl, adminToken, serverName };
  const admin = createSynapse({ baseUrl: synapseUrl, accessToken: adminToken, timeoutMs: 20_000 });
  const alice = await registerUser(admin, target, "roomrep-alice");
  const bob = await registerUser(admin, target, "roomrep-bob");
  const roomName = `Free crypto giveaway ${randomBytes(3).toString("hex")}`;
  const roomId = await bob.createRoom({ name: roomName, preset: "public_chat" });
  await alice.join(roomId);
  await alice.reportRoom(roomId, "scam room: send 1 BTC, get 2 back");
  const carol = await registerUser(admin, target, "roomrep-carol");
  await carol.reportRoom(roomId, "fraud");
  await waitForRoomStats(readOnlyDatabaseUrl, roomId, roomName);

  // Synapse's database outlives runs, so earlier runs' reports are ingested too: look at this run's reports.
  // pageSize 1: the keyset paging runs over several pages.
  const pass = () =>
    runIntakePass({
      db: testDb(),
      synapse: admin,
      serverName,
      sources: ["ROOM_REPORT"],
      pageSize: 1,
      enrichLimit: 0,
    });
  const first = await pass();
  expect(first.ROOM_REPORT).toMatchObject({ errors: 0 });
  expect(first.ROOM_REPORT?.new).toBeGreaterThanOrEqual(2);

  const signal = await testDb().signal.findFirstOrThrow({
    where: { source: "ROOM_REPORT", subject: { kind: "ROOM", key: roomId }, reporterMxid: alice.userId },
    include: { case: true, subject: true },
  });
  expect(signal.reporterMxid).toBe(alice.userId);
  expect(signal.reason).toBe("scam room: send 1 BTC, get 2 back");
  expect(signal.subject.isLocal).toBe(true);
  expect(signal.case).toMatchObject({ status: "OPEN", signalCount: 2, reporterCount: 2 });
  expect(signal.raw).toMatchObject({
    room_id: roomId,
    user_id: alice.userId,
    name: roomName,
    joined_members: 2,
  });
  const cursor = await testDb().intakeCursor.findUniqueOrThrow({ where: { source: "ROOM_REPORT" } });
  expect(cursor).toMatchObject({ available: true, unavailableReason: null, lastError: null });

  // What the reviewer sees on the case page.
  const enrichment = await enrichCase(testDb(), admin, signal.caseId ?? "", serverName);
  expect(enrichment.room).toMatchObject({ roomId, name: roomName });

  const second = await pass();
  expect(second.ROOM_REPORT).toMatchObject({ new: 0, duplicates: 0, errors: 0 });
  expect(await testDb().signal.count({ where: { source: "ROOM_REPORT", subject: { key: roomId } } })).toBe(2);
}, 120_000);

it("cannot write to Synapse's database through the console's connection", async () => {
  const { readOnlyDatabaseUrl } = started();
  const insert =
    "INSERT INTO room_reports (id, received_ts, room_id, user_id, reason) " +
    "VALUES (-1, 0, '!forged:localhost', '@forged:localhost', 'written by the console')";
  // The console's pool: read-only sessions (SQLSTATE 25006 read_only_sql_transaction).
  await expect(synapseDatabasePool(readOnlyDatabaseUrl).query(insert)).rejects.toMatchObject({
    code: "25006",
  });
  // The URL cannot switch that off through its own `options`.
  const sneaky = new URL(readOnlyDatabaseUrl);
  sneaky.searchParams.set("options", "-c default_transaction_read_only=off");
  await expect(synapseDatabasePool(sneaky.toString()).query(insert)).rejects.toMatchObject({ code: "25006" });
  // And the role itself may not write even in a writable session (42501 insufficient_privilege).
  const raw = new pg.Client({ connectionString: readOnlyDatabaseUrl });
  await raw.connect();
  try {
    await raw.query("SET default_transaction_read_only = off");
    await expect(raw.query(insert)).rejects.toMatchObject({ code: "42501" });
  } finally {
    await raw.end();
  }
});

it("prefers the admin API when the server has one (simulator with PR #19648's API), paging down to the cursor", async () => {
  const sim = await testSimulator({ roomReportsApi: true });
  try {
    const target = {
      name: "simulator" as const,
      url: sim.url,
      adminToken: sim.adminToken,
      serverName: sim.serverName,
    };
    const admin = createSynapse({ baseUrl: sim.url, accessToken: sim.adminToken, timeoutMs: 10_000 });
    const reporter = await registerUser(admin, target, "roomrep-api");
    const rooms = [];
    for (const name of ["one", "two", "three"]) {
      const roomId = await reporter.createRoom({ name, preset: "public_chat" });
      await reporter.reportRoom(roomId, `spam room ${name}`);
      rooms.push(roomId);
    }
    // pageSize 2: three reports take two pages. SYNAPSE_DATABASE_URL is set (beforeAll) but must not be used.
    const pass = () =>
      runIntakePass({
        db: testDb(),
        synapse: admin,
        serverName: sim.serverName,
        sources: ["ROOM_REPORT"],
        pageSize: 2,
        enrichLimit: 0,
      });
    expect((await pass()).ROOM_REPORT).toMatchObject({ new: 3, errors: 0 });
    const keys = await testDb().signal.findMany({
      where: { source: "ROOM_REPORT", subject: { key: { in: rooms } } },
      select: { subject: { select: { key: true } }, raw: true },
    });
    expect(keys.map((k) => k.subject.key).sort()).toEqual([...rooms].sort());
    expect(keys.every((k) => !("joined_members" in (k.raw as object)))).toBe(true);
    expect((await pass()).ROOM_REPORT).toMatchObject({ new: 0, duplicates: 0, errors: 0 });
  } finally {
    await sim.stop();
  }
});

/** Synapse fills the room_stats tables from its event stream in the background, moments after the events. */
async function waitForRoomStats(url: string, roomId: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const { rows } = await client.query<{ name: string | null; joined_members: number | null }>(
        `SELECT s.name, c.joined_members FROM room_stats_state s JOIN room_stats_current c USING (room_id)
          WHERE room_id = $1`,
        [roomId],
      );
      if (rows[0]?.name === name && rows[0]?.joined_members === 2) return;
      if (Date.now() > deadline) throw new Error(`room stats of ${roomId} not up to date after 15 s`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await client.end();
  }
}
