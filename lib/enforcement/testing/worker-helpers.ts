/**
 * Helpers for the worker's integration tests: put actions in the outbox without going through a reviewer's
 * decision (the worker does not care who decided), run the worker until the outbox is quiet, and read effects back
 * from the homeserver as its users would see them.
 */
import { randomBytes } from "node:crypto";

import sharp from "sharp";

import type { Db } from "@/lib/db/client";
import type { ClientEvent, Synapse } from "@/lib/synapse";

import { actionPayload, actionTarget, type TEnforcementActionInput, ZEnforcementActionInput } from "../action-schemas";
import { runDueActionsOnce, type RunOptions } from "../run-worker";
import type { WorkerTiming } from "../timing";
import { uid } from "@/lib/cases/testing/decision-fixtures";

/** Fast enough for tests, with the same shape as production. */
export const TEST_TIMING: Partial<WorkerTiming> = {
  leaseMs: 10_000,
  retryBaseMs: 10,
  retryMaxMs: 80,
  jobPollMinMs: 10,
  jobPollMaxMs: 50,
};

export async function enqueue(db: Db, specs: TEnforcementActionInput[], options: { maxAttempts?: number } = {}): Promise<string[]> {
  const subject = await db.subject.create({ data: { kind: "SERVER", key: `test-${uid()}`, isLocal: false } });
  const c = await db.case.create({ data: { subjectId: subject.id, status: "DECIDED" } });
  const decision = await db.decision.create({
    data: { caseId: c.id, automated: true, outcome: "VIOLATION", statementOfReasons: "test decision" },
  });
  const ids: string[] = [];
  for (const input of specs) {
    const spec = ZEnforcementActionInput.parse(input);
    const row = await db.enforcementAction.create({
      data: {
        decisionId: decision.id,
        kind: spec.kind,
        target: actionTarget(spec),
        payload: actionPayload(spec),
        ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
      },
    });
    ids.push(row.id);
  }
  return ids;
}

/** Runs passes until none of `ids` is waiting or running; bounded, so a stuck action fails the test. */
export async function drain(options: RunOptions & { ids: string[]; timeoutMs?: number }): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    const open = await options.db.enforcementAction.count({
      where: { id: { in: options.ids }, status: { in: ["PENDING", "RUNNING", "AWAITING_SYNAPSE"] } },
    });
    if (open === 0) return;
    if (Date.now() > deadline) {
      const rows = await options.db.enforcementAction.findMany({ where: { id: { in: options.ids } } });
      throw new Error(`outbox not drained: ${JSON.stringify(rows.map((r) => [r.kind, r.status, r.attempts, r.lastError]))}`);
    }
    const summary = await runDueActionsOnce({ timing: TEST_TIMING, ...options });
    if (summary.claimed === 0) await new Promise((resolve) => setTimeout(resolve, 10)); // wait for the next due time
  }
}

/** Every event of a room, oldest first, through the admin API. */
export async function roomEvents(synapse: Synapse, roomId: string): Promise<ClientEvent[]> {
  const events: ClientEvent[] = [];
  for await (const event of synapse.rooms.messages(roomId, { dir: "f", limit: 500 })) events.push(event);
  return events;
}

/** Messages with this exact body in the user's rooms (their server-notices room among them). */
export async function countNotices(synapse: Synapse, userId: string, body: string): Promise<number> {
  let count = 0;
  for (const roomId of (await synapse.users.joinedRooms(userId)).joined_rooms) {
    for (const event of await roomEvents(synapse, roomId)) {
      if (event.type === "m.room.message" && event.content.body === body) count += 1;
    }
  }
  return count;
}

/** Random pixels: quarantine propagates by sha256, so two uploads sharing bytes would quarantine each other. */
export async function randomPng(): Promise<Uint8Array<ArrayBuffer>> {
  const png = await sharp(randomBytes(32 * 32 * 3), { raw: { width: 32, height: 32, channels: 3 } }).png().toBuffer();
  return new Uint8Array(png);
}
