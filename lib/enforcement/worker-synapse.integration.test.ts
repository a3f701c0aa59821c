/**
 * A decision carried out on the REAL Synapse test peer (scripts/synapse-peer, or SYNAPSE_URL/SYNAPSE_ADMIN_TOKEN),
 * judged by what the affected user and another member see afterwards. A missing peer fails the test: start it
 * with `bash scripts/synapse-peer/peer.sh start`.
 */
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { decideCase } from "@/lib/cases/decide-case";
import { makeCase, makeReviewer, SOR, FRAUD } from "@/lib/cases/testing/decision-fixtures";
import { createSynapse, isSynapseApiError, parseMxc, synapsePath, type Synapse } from "@/lib/synapse";
import { registerUser, type MatrixUser } from "@/tests/contract/matrix-user";
import { pollUntil } from "@/tests/contract/poll";
import type { ContractTarget } from "@/tests/contract/target";
import { testDb } from "@/tests/integration/per-file-database";
import { resolveSynapseTarget } from "@/tests/support/synapse-target";

import { drain, randomPng } from "./testing/worker-helpers";

let target: ContractTarget;
let admin: Synapse;
let offender: MatrixUser;
let witness: MatrixUser;

const ZSync = z.looseObject({
  rooms: z
    .looseObject({
      join: z
        .record(z.string(), z.looseObject({ timeline: z.looseObject({ events: z.array(z.looseObject({ type: z.string(), content: z.record(z.string(), z.unknown()) })) }) }))
        .optional(),
    })
    .optional(),
});

/** Message bodies the user receives over /sync (an initial sync: every joined room's recent timeline). */
async function syncedBodies(user: MatrixUser): Promise<string[]> {
  const sync = await user.as.http.request({ method: "GET", path: synapsePath`/_matrix/client/v3/sync`, query: { timeout: 0 }, outputSchema: ZSync });
  return Object.values(sync.rooms?.join ?? {}).flatMap((room) =>
    room.timeline.events.filter((e) => e.type === "m.room.message").map((e) => String(e.content.body)),
  );
}

beforeAll(async () => {
  const peer = resolveSynapseTarget({ startPeer: false });
  target = { name: "synapse", ...peer };
  admin = createSynapse({ baseUrl: peer.url, accessToken: peer.adminToken, timeoutMs: 20_000 });
  [offender, witness] = await Promise.all([registerUser(admin, target, "enf-offender"), registerUser(admin, target, "enf-witness")]);
});
afterAll(async () => {
  // Leave the peer tidy for other suites even if an assertion failed half-way.
  await admin?.users.unsuspend(offender.userId).catch(() => undefined);
});

describe("enforcement on a real Synapse", () => {
  it("suspends, redacts (also where the user left), quarantines and notifies; then unsuspends", { timeout: 120_000 }, async () => {
    const db = testDb();
    const stays = await witness.createRoom({ name: "enforcement stays" });
    const leaves = await witness.createRoom({ name: "enforcement left" });
    for (const room of [stays, leaves]) await offender.join(room);
    const inStays = await offender.sendText(stays, "cheap crypto, DM me");
    const inLeft = await offender.sendText(leaves, "cheap crypto here too");
    await offender.leave(leaves);
    const mxc = await offender.upload(await randomPng(), "image/png", "scam.png");
    const media = parseMxc(mxc)!;

    const moderator = await makeReviewer(db, "MODERATOR");
    const options = { localServerName: target.serverName };
    const subject = { kind: "USER" as const, key: offender.userId, isLocal: true, server: target.serverName };
    const first = await makeCase(db, subject);
    const notice = `${SOR} (peer test ${Date.now()})`;
    const decided = await decideCase(
      db,
      {
        caseId: first.id,
        outcome: "VIOLATION",
        policyId: FRAUD,
        statementOfReasons: SOR,
        actions: [
          { kind: "SUSPEND_USER", userId: offender.userId },
          { kind: "REDACT_USER_EVENTS", userId: offender.userId, reason: "Spam" },
          { kind: "QUARANTINE_MEDIA", mxc },
          { kind: "SEND_SERVER_NOTICE", userId: offender.userId, body: notice },
        ],
      },
      moderator,
      options,
    );
    expect(decided.actionIds).toHaveLength(4); // the explicit notice is not doubled by notifyUser
    await drain({ db, synapse: admin, ids: decided.actionIds, timeoutMs: 90_000, timing: { jobPollMinMs: 100, retryBaseMs: 200 } });
    const rows = await db.enforcementAction.findMany({ where: { id: { in: decided.actionIds } } });
    expect(rows.map((r) => [r.kind, r.status, r.lastError])).toEqual(rows.map((r) => [r.kind, "DONE", null]));

    await expect(offender.sendText(stays, "am I still here?")).rejects.toSatisfy((e) => isSynapseApiError(e, "M_USER_SUSPENDED"));
    for (const [room, eventId] of [[stays, inStays], [leaves, inLeft]] as const) {
      const seen = await witness.getEvent(room, eventId);
      expect(seen.content).toEqual({});
      expect(seen.unsigned?.redacted_because).toBeTruthy();
    }
    await expect(witness.as.media.download(media.serverName, media.mediaId)).rejects.toMatchObject({ status: 404 });
    await pollUntil("notice in /sync", () => syncedBodies(offender), (bodies) => bodies.includes(notice));

    // A second look finds no violation and lifts the suspension.
    const second = await makeCase(db, subject);
    const lifted = await decideCase(
      db,
      { caseId: second.id, outcome: "NO_VIOLATION", notifyUser: false, statementOfReasons: SOR, actions: [{ kind: "UNSUSPEND_USER", userId: offender.userId }] },
      moderator,
      options,
    );
    await drain({ db, synapse: admin, ids: lifted.actionIds, timeoutMs: 30_000 });
    await expect(offender.sendText(stays, "back again, politely")).resolves.toMatch(/^\$/);
  });
});
