/**
 * The worker against the in-process Synapse simulator: every kind reaches DONE and the homeserver shows the effect.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createSynapse, isSynapseApiError, type Synapse } from "@/lib/synapse";
import { testSimulator } from "@/simulator/testing";
import { registerUser, type MatrixUser } from "@/tests/contract/matrix-user";
import type { ContractTarget } from "@/tests/contract/target";
import { testDb } from "@/tests/integration/per-file-database";

import { countNotices, drain, enqueue, randomPng, roomEvents } from "./testing/worker-helpers";

let sim: Awaited<ReturnType<typeof testSimulator>>;
let synapse: Synapse;
let target: ContractTarget;

beforeAll(async () => {
  sim = await testSimulator();
  target = { name: "simulator", url: sim.url, serverName: sim.serverName, adminToken: sim.adminToken };
  synapse = createSynapse({ baseUrl: sim.url, accessToken: sim.adminToken, retryBaseDelayMs: 5, maxRetryDelayMs: 50 });
});
afterAll(async () => sim?.stop());

const user = (label: string): Promise<MatrixUser> => registerUser(synapse, target, label);

describe("enforcement worker on the simulator", () => {
  it("carries out every kind and Synapse shows each effect", async () => {
    const db = testDb();
    const [offender, witness, locked, gone, shadow, uploader] = await Promise.all([
      user("offender"),
      user("witness"),
      user("locked"),
      user("gone"),
      user("shadow"),
      user("uploader"),
    ]);
    const kept = await witness.createRoom({ name: "kept" });
    const left = await witness.createRoom({ name: "left" });
    for (const room of [kept, left]) await offender.join(room);
    const msgKept = await offender.sendText(kept, "buy my scam coin");
    const msgLeft = await offender.sendText(left, "buy it here too");
    await offender.leave(left);
    const image = await offender.upload(await randomPng(), "image/png", "a.png");
    const roomImage = await witness.upload(await randomPng(), "image/png", "r.png");
    await witness.send(kept, { msgtype: "m.image", body: "r.png", url: roomImage });
    const userImage = await uploader.upload(await randomPng(), "image/png", "u.png");
    const protectedImage = await witness.upload(await randomPng(), "image/png", "p.png");
    const doomedImage = await witness.upload(await randomPng(), "image/png", "d.png");
    const doomedRoom = await witness.createRoom({ name: "doomed" });
    const listed = await witness.createRoom({ name: "listed" });
    const blocked = `!never-seen:${sim.serverName}`;
    const notice = "Your account was suspended for fraud. Reference: case 1.";
    const media = (mxc: string) => mxc.replace(/^mxc:\/\/[^/]+\//, "");

    const ids = await enqueue(db, [
      { kind: "SUSPEND_USER", userId: offender.userId },
      { kind: "LOCK_USER", userId: locked.userId },
      { kind: "DEACTIVATE_USER", userId: gone.userId, erase: true },
      { kind: "SHADOW_BAN_USER", userId: shadow.userId },
      { kind: "REDACT_USER_EVENTS", userId: offender.userId },
      { kind: "QUARANTINE_MEDIA", mxc: image },
      { kind: "QUARANTINE_ROOM_MEDIA", roomId: kept },
      { kind: "QUARANTINE_USER_MEDIA", userId: uploader.userId },
      { kind: "PROTECT_MEDIA", mxc: protectedImage },
      { kind: "DELETE_MEDIA", mxc: doomedImage },
      { kind: "BLOCK_ROOM", roomId: blocked },
      { kind: "DELETE_ROOM", roomId: doomedRoom, purge: true, block: true },
      { kind: "REMOVE_ROOM_FROM_DIRECTORY", roomId: listed },
      { kind: "SEND_SERVER_NOTICE", userId: offender.userId, body: notice },
    ]);
    await drain({ db, synapse, ids, concurrency: 4 });

    const rows = await db.enforcementAction.findMany({ where: { id: { in: ids } } });
    expect(rows.filter((r) => r.status !== "DONE").map((r) => [r.kind, r.status, r.lastError])).toEqual([]);
    expect(await synapse.users.getUser(offender.userId)).toMatchObject({ suspended: true });
    expect(await synapse.users.getUser(locked.userId)).toMatchObject({ locked: true });
    expect(await synapse.users.getUser(gone.userId)).toMatchObject({ deactivated: true, erased: true });
    expect(await synapse.users.getUser(shadow.userId)).toMatchObject({ shadow_banned: true });
    for (const [room, eventId] of [[kept, msgKept], [left, msgLeft]] as const) {
      const event = (await roomEvents(synapse, room)).find((e) => e.event_id === eventId);
      expect(event?.content).toEqual({});
      const redactions = (await roomEvents(synapse, room)).filter((e) => e.type === "m.room.redaction" && e.redacts === eventId);
      expect(redactions).toHaveLength(1);
    }
    const info = (mxc: string) => synapse.media.getMediaInfo(sim.serverName, media(mxc));
    expect((await info(image)).quarantined_by).toBeTruthy();
    expect((await info(roomImage)).quarantined_by).toBeTruthy();
    expect((await info(userImage)).quarantined_by).toBeTruthy();
    expect((await info(protectedImage)).safe_from_quarantine).toBe(true);
    await expect(info(doomedImage)).rejects.toSatisfy((e) => isSynapseApiError(e, "M_NOT_FOUND"));
    expect((await synapse.rooms.getBlockStatus(blocked)).block).toBe(true);
    const deletion = rows.find((r) => r.kind === "DELETE_ROOM");
    expect((await synapse.rooms.getDeleteStatus(deletion!.synapseJobId!)).status).toBe("complete");
    expect(await synapse.rooms.getDirectoryVisibility(listed)).toBe("private");
    expect(await countNotices(synapse, offender.userId, notice)).toBe(1);

    // The audit trail tells each action's story in order.
    const story = await db.auditEvent.findMany({ where: { targetId: deletion!.id }, orderBy: { seq: "asc" } });
    expect(story.map((e) => e.type)).toEqual(["ENFORCEMENT_STARTED", "ENFORCEMENT_AWAITING_SYNAPSE", "ENFORCEMENT_DONE"]);

    // And the reversals.
    const undo = await enqueue(db, [
      { kind: "UNSUSPEND_USER", userId: offender.userId },
      { kind: "UNLOCK_USER", userId: locked.userId },
      { kind: "UNSHADOW_BAN_USER", userId: shadow.userId },
      { kind: "UNQUARANTINE_MEDIA", mxc: image },
      { kind: "UNBLOCK_ROOM", roomId: blocked },
    ]);
    await drain({ db, synapse, ids: undo });
    expect(await db.enforcementAction.count({ where: { id: { in: undo }, status: "DONE" } })).toBe(5);
    expect(await synapse.users.getUser(offender.userId)).toMatchObject({ suspended: false });
    expect(await synapse.users.getUser(locked.userId)).toMatchObject({ locked: false });
    expect(await synapse.users.getUser(shadow.userId)).toMatchObject({ shadow_banned: false });
    expect((await info(image)).quarantined_by).toBeFalsy();
    expect((await synapse.rooms.getBlockStatus(blocked)).block).toBe(false);
  });

  it("fails at once, with Synapse's reason, when Synapse refuses (remote user, unknown account, protected media)", async () => {
    const db = testDb();
    const witness = await user("refused");
    const protectedImage = await witness.upload(await randomPng(), "image/png", "p.png");
    await synapse.media.protect(protectedImage.replace(/^mxc:\/\/[^/]+\//, ""));
    const ids = await enqueue(db, [
      { kind: "SUSPEND_USER", userId: "@someone:remote.example" },
      { kind: "SUSPEND_USER", userId: `@nobody-here:${sim.serverName}` },
      { kind: "QUARANTINE_MEDIA", mxc: protectedImage },
    ]);
    await drain({ db, synapse, ids });
    const rows = await db.enforcementAction.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([["FAILED", 1], ["FAILED", 1], ["FAILED", 1]]);
    const errors = new Set(rows.map((r) => r.lastError));
    expect(errors).toContain(`PUT /_synapse/admin/v1/suspend/%40someone%3Aremote.example: 400 M_UNKNOWN: Can only suspend local users`);
    expect([...errors].join("\n")).toMatch(/404 M_NOT_FOUND: User not found/);
    expect([...errors].join("\n")).toMatch(/is protected from quarantine/);
    expect([...errors].join("\n")).not.toContain(sim.adminToken);
  });
});
