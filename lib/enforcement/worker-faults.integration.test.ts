/**
 * The worker against a sick homeserver (the simulator's fault injection), two workers at once, and a worker that
 * dies mid-call. What must hold: every action ends DONE or visibly FAILED, and nothing is applied twice.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Db } from "@/lib/db/client";
import { createSynapse, type ServerNotice, type Synapse } from "@/lib/synapse";
import { testSimulator } from "@/simulator/testing";
import { registerUser, type MatrixUser } from "@/tests/contract/matrix-user";
import type { ContractTarget } from "@/tests/contract/target";
import { testDb } from "@/tests/integration/per-file-database";

import { claimDueActions } from "./claim-due-actions";
import { executeAction } from "./execute-action";
import { recordOutcome } from "./record-outcome";
import { DEFAULT_TIMING } from "./timing";
import { countNotices, drain, enqueue, roomEvents, TEST_TIMING } from "./testing/worker-helpers";

let sim: Awaited<ReturnType<typeof testSimulator>>;
let synapse: Synapse;
/** No client-level retries: every injected fault reaches the worker, which must handle it. */
let bare: Synapse;
let target: ContractTarget;

beforeAll(async () => {
  sim = await testSimulator();
  synapse = createSynapse({ baseUrl: sim.url, accessToken: sim.adminToken, retryBaseDelayMs: 5, maxRetryDelayMs: 50 });
  bare = createSynapse({ baseUrl: sim.url, accessToken: sim.adminToken, maxRetries: 0, timeoutMs: 2_000 });
  target = { name: "simulator", url: sim.url, serverName: sim.serverName, adminToken: sim.adminToken };
});
afterAll(async () => sim?.stop());

/** Notices, a suspension and a redaction per user: the kinds where a double application would show. */
async function makeUsers(tag: string): Promise<MatrixUser[]> {
  return Promise.all(Array.from({ length: 6 }, (_, i) => registerUser(synapse, target, `${tag}${i}`)));
}

async function workload(db: Db, tag: string) {
  const users = await makeUsers(tag);
  const room = await users[0]!.createRoom({ name: tag });
  const messages: string[] = [];
  for (const u of users.slice(1)) {
    await u.join(room);
    messages.push(await u.sendText(room, `${tag} spam from ${u.userId}`));
  }
  const ids = await enqueue(db, [
    ...users.map((u) => ({ kind: "SEND_SERVER_NOTICE" as const, userId: u.userId, body: `${tag} notice` })),
    ...users.slice(1).map((u) => ({ kind: "REDACT_USER_EVENTS" as const, userId: u.userId, rooms: [room] })),
    ...users.slice(1).map((u) => ({ kind: "SUSPEND_USER" as const, userId: u.userId })),
  ]);
  return { room, messages, ids, users };
}

async function assertOnceEach(db: Db, run: Awaited<ReturnType<typeof workload>>, tag: string) {
  sim.setFaults({});
  const rows = await db.enforcementAction.findMany({ where: { id: { in: run.ids } } });
  for (const row of rows) {
    expect(["DONE", "FAILED"]).toContain(row.status);
    if (row.status === "FAILED") expect(row.lastError).toBeTruthy();
  }
  for (const u of run.users) {
    const notified = rows.some((r) => r.kind === "SEND_SERVER_NOTICE" && r.target === u.userId && r.status === "DONE");
    expect(await countNotices(synapse, u.userId, `${tag} notice`)).toBe(notified ? 1 : 0);
  }
  const events = await roomEvents(synapse, run.room);
  for (const eventId of run.messages) {
    expect(events.filter((e) => e.type === "m.room.redaction" && e.redacts === eventId).length).toBeLessThanOrEqual(1);
  }
  return rows;
}

describe("enforcement worker under faults", () => {
  it("every third Synapse call failing: retries, then DONE, nothing twice", async () => {
    const db = testDb();
    const run = await workload(db, "nth");
    sim.setFaults({ everyNth: 3 });
    await drain({ db, synapse: bare, ids: run.ids, concurrency: 3 });
    const rows = await assertOnceEach(db, run, "nth");
    expect(rows.filter((r) => r.status !== "DONE").map((r) => [r.kind, r.attempts, r.lastError])).toEqual([]);
    expect(await db.auditEvent.count({ where: { type: "ENFORCEMENT_RETRY_SCHEDULED", targetId: { in: run.ids } } })).toBeGreaterThan(0);
  });

  it("random 5xx and 429 (with retry_after_ms): DONE or visibly FAILED, nothing twice", async () => {
    const db = testDb();
    const run = await workload(db, "rate");
    sim.setFaults({ errorRate: 0.25, rateLimitRate: 0.2, retryAfterMs: 30, seed: 7 });
    await drain({ db, synapse: bare, ids: run.ids, concurrency: 4 });
    await assertOnceEach(db, run, "rate");
    const retries = await db.auditEvent.findMany({ where: { type: "ENFORCEMENT_RETRY_SCHEDULED", targetId: { in: run.ids } } });
    const rateLimited = retries.filter((e) => JSON.stringify(e.data).includes("M_LIMIT_EXCEEDED"));
    expect(rateLimited.length).toBeGreaterThan(0);
    // retry_after_ms is a floor for the next attempt.
    for (const e of rateLimited) expect((e.data as { delayMs: number }).delayMs).toBeGreaterThanOrEqual(30);
  });

  it("two workers at once never run the same action twice (SKIP LOCKED)", async () => {
    const db = testDb();
    const users = await makeUsers("pair");
    const ids = await enqueue(db, users.flatMap((u) => [1, 2, 3].map((n) => ({ kind: "SEND_SERVER_NOTICE" as const, userId: u.userId, body: `pair ${n}` }))));
    const sent: string[] = [];
    const counting: Synapse = {
      ...synapse,
      notices: {
        sendServerNotice: (notice: ServerNotice) => {
          sent.push(notice.txnId ?? "");
          return synapse.notices.sendServerNotice(notice);
        },
      },
    };
    await Promise.all([drain({ db, synapse: counting, ids, concurrency: 3, batchSize: 2 }), drain({ db, synapse: counting, ids, concurrency: 3, batchSize: 2 })]);
    expect(sent).toHaveLength(ids.length);
    expect(new Set(sent).size).toBe(ids.length);
    expect(await db.auditEvent.count({ where: { type: "ENFORCEMENT_STARTED", targetId: { in: ids } } })).toBe(ids.length);
    expect(await db.enforcementAction.count({ where: { id: { in: ids }, status: "DONE", attempts: 1 } })).toBe(ids.length);
    for (const u of users) expect(await countNotices(synapse, u.userId, "pair 2")).toBe(1);
  });

  it("a worker killed mid-action: the lease expires, another takes over, the effect happens once", async () => {
    const db = testDb();
    const body = "lease notice";
    const users = await makeUsers("lease");
    const [id] = await enqueue(db, [{ kind: "SEND_SERVER_NOTICE", userId: users[0]!.userId, body }]);
    // The doomed worker claims with a short lease, gets Synapse to act, and dies before writing the outcome.
    const [claimed] = await claimDueActions(db, { limit: 10, leaseMs: 150 });
    expect(claimed?.id).toBe(id);
    await executeAction(synapse, claimed!);

    await drain({ db, synapse, ids: [id!] });
    const row = await db.enforcementAction.findUniqueOrThrow({ where: { id: id! } });
    expect(row).toMatchObject({ status: "DONE", attempts: 2 });
    const started = await db.auditEvent.findMany({ where: { type: "ENFORCEMENT_STARTED", targetId: id! }, orderBy: { seq: "asc" } });
    expect(started.map((e) => (e.data as { leaseExpired: boolean }).leaseExpired)).toEqual([false, true]);
    expect(await countNotices(synapse, users[0]!.userId, body)).toBe(1);

    // Were the dead worker to wake up, its fenced write finds the lease gone and changes nothing.
    expect(await recordOutcome(db, claimed!, { type: "failed", error: "late" }, { ...DEFAULT_TIMING, ...TEST_TIMING })).toBe("lease_lost");
    expect(await db.enforcementAction.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({ status: "DONE", lastError: null });
  });
});
