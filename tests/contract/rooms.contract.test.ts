/** Room context for reviewers (details, members, state, timeline, event context) and room-level actions. */
import { beforeAll, describe, expect, it } from "vitest";

import type { ClientEvent, DeleteTask } from "@/lib/synapse";

import { adminClient, registerUser, type MatrixUser } from "./matrix-user";
import { pollUntil } from "./poll";
import { contractTarget } from "./target";

const target = contractTarget();
const admin = adminClient(target);
let alice: MatrixUser;
let bob: MatrixUser;
let adminId: string;
let roomId: string;
const messages: string[] = [];

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

beforeAll(async () => {
  [alice, bob] = await Promise.all([
    registerUser(admin, target, "owner"),
    registerUser(admin, target, "member"),
  ]);
  adminId = (await admin.server.whoami()).user_id;
  roomId = await alice.createRoom({ name: "rooms contract" });
  await bob.join(roomId);
  for (let i = 1; i <= 5; i++) messages.push(await (i % 2 ? alice : bob).sendText(roomId, `message ${i}`));
});

describe("room context", () => {
  it("details, members and state", async () => {
    expect(await admin.rooms.getRoom(roomId)).toMatchObject({
      room_id: roomId,
      name: "rooms contract",
      joined_members: 2,
      creator: alice.userId,
      join_rules: "public",
    });
    const members = await admin.rooms.getMembers(roomId);
    expect(members).toMatchObject({ total: 2 });
    expect(members.members.sort()).toEqual([alice.userId, bob.userId].sort());
    const state = await admin.rooms.getState(roomId);
    expect(state.map((e) => e.type)).toEqual(
      expect.arrayContaining(["m.room.create", "m.room.member", "m.room.name"]),
    );
    const names = await admin.rooms.getState(roomId, { type: "m.room.name" });
    expect(names.map((e) => [e.type, e.content.name])).toEqual([["m.room.name", "rooms contract"]]);
  });

  it("messages page backwards (dir=b) with from/end tokens until the timeline runs out", async () => {
    const page = await admin.rooms.getMessages(roomId, { dir: "b", limit: 2 });
    expect(page.chunk.map((e) => e.event_id)).toEqual([messages[4], messages[3]]);
    expect(page.end).toEqual(expect.any(String));
    const all: ClientEvent[] = await collect(admin.rooms.messages(roomId, { dir: "b", limit: 2 }));
    expect(all.filter((e) => e.type === "m.room.message").map((e) => e.event_id)).toEqual(
      [...messages].reverse(),
    );
    expect(all.at(-1)?.type).toBe("m.room.create");
    const onlyMessages = await collect(
      admin.rooms.messages(roomId, { dir: "f", limit: 3, filter: { types: ["m.room.message"] } }),
    );
    expect(onlyMessages.map((e) => e.event_id)).toEqual(messages);
  });

  it("event context around a reported event, and fetch_event by id", async () => {
    const context = await admin.rooms.getEventContext(roomId, messages[2]!, { limit: 2 });
    expect(context.event).toMatchObject({ event_id: messages[2], content: { body: "message 3" } });
    expect(context.events_before.map((e) => e.event_id)).toContain(messages[1]);
    expect(context.events_after.map((e) => e.event_id)).toContain(messages[3]);
    await expect(admin.rooms.getEventContext(roomId, "$doesnotexist")).rejects.toMatchObject({
      status: 404,
      errcode: "M_NOT_FOUND",
    });
    expect(await admin.rooms.fetchEvent(messages[0]!)).toMatchObject({
      event_id: messages[0],
      room_id: roomId,
      sender: alice.userId,
      content: { body: "message 1" },
    });
  });
});

describe("room actions", () => {
  it("block: blocks joins until unblocked", async () => {
    expect(await admin.rooms.getBlockStatus(roomId)).toEqual({ block: false });
    expect(await admin.rooms.setBlocked(roomId, true)).toBe(true);
    expect(await admin.rooms.getBlockStatus(roomId)).toEqual({ block: true, user_id: adminId });
    const carol = await registerUser(admin, target, "joiner");
    // Synapse raises a bare SynapseError here: 403 with errcode M_UNKNOWN, not M_FORBIDDEN.
    await expect(carol.join(roomId)).rejects.toMatchObject({
      status: 403,
      error: "This room has been blocked on this server",
    });
    expect(await admin.rooms.setBlocked(roomId, false)).toBe(false);
    await carol.join(roomId);
    expect((await admin.rooms.getMembers(roomId)).members).toContain(carol.userId);
  });

  it("directory visibility: not published by default; an admin can always unpublish", async () => {
    expect(await admin.rooms.getDirectoryVisibility(roomId)).toBe("private");
    // Publishing obeys room_list_publication_rules, which deny everyone by default (even admins: 403 M_UNKNOWN
    // "Not allowed to publish room"). Unpublishing is always allowed, and is the direction the console needs.
    const published = await admin.rooms.setDirectoryVisibility(roomId, "public").then(
      () => true,
      (error: unknown) => {
        expect(error).toMatchObject({ status: 403, error: "Not allowed to publish room" });
        return false;
      },
    );
    expect(await admin.rooms.getDirectoryVisibility(roomId)).toBe(published ? "public" : "private");
    await admin.rooms.setDirectoryVisibility(roomId, "private");
    expect(await admin.rooms.getDirectoryVisibility(roomId)).toBe("private");
  });

  it("delete v2: the task reaches complete, members are kicked, the room is blocked and gone", async () => {
    const doomed = await alice.createRoom({ name: "to be deleted" });
    await bob.join(doomed);
    await bob.sendText(doomed, "soon gone");
    const deleteId = await admin.rooms.deleteRoom(doomed, {
      block: true,
      purge: true,
      message: "Removed for violating the rules",
    });
    const done = (t: DeleteTask) => t.status === "complete" || t.status === "failed";
    const task = await pollUntil(
      `delete_status ${deleteId}`,
      () => admin.rooms.getDeleteStatus(deleteId),
      done,
    );
    expect(task).toMatchObject({ status: "complete", delete_id: deleteId, room_id: doomed });
    expect(task.shutdown_room?.kicked_users.sort()).toEqual([alice.userId, bob.userId].sort());
    expect((await admin.rooms.getRoomDeleteStatuses(doomed)).map((t) => t.delete_id)).toContain(deleteId);
    expect(await admin.rooms.getBlockStatus(doomed)).toMatchObject({ block: true });
    await expect(admin.rooms.getRoom(doomed)).rejects.toMatchObject({ status: 404 });
    expect(await bob.joinedRooms()).not.toContain(doomed);
    await expect(admin.rooms.getDeleteStatus("nosuchdeleteid00")).rejects.toMatchObject({
      status: 404,
      errcode: "M_NOT_FOUND",
    });
  });
});
