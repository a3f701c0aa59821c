/**
 * The preview against the simulator's demo homeserver: @promo.deals is in five rooms and is the only admin of the
 * spam room they created; the numbers are checked against what the simulator itself answers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createSynapse, type Synapse } from "@/lib/synapse";
import { startSimulator, type SimulatorHandle } from "@/simulator/server";

import { estimateBlastRadius } from "./estimate-blast-radius";

let sim: SimulatorHandle;
let synapse: Synapse;
let spammer: string;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, scenario: "demo", shadowBanDelayMs: [0, 0], jobDelayMs: 20 });
  synapse = createSynapse({ baseUrl: sim.url, accessToken: sim.adminToken, maxRetries: 0 });
  spammer = `@promo.deals:${sim.serverName}`;
});
afterAll(() => sim?.stop());

async function airdropRoom(): Promise<string> {
  const { memberships } = await synapse.users.memberships(spammer);
  for (const roomId of Object.keys(memberships)) {
    if ((await synapse.rooms.getRoom(roomId)).name?.includes("AIRDROP")) return roomId;
  }
  throw new Error("the demo scenario has no airdrop room");
}

describe("estimateBlastRadius (simulator, demo scenario)", () => {
  it("counts a user's rooms, uploads and messages, and lists the room they are the only admin of", async () => {
    const radius = await estimateBlastRadius(
      synapse,
      [
        { kind: "DEACTIVATE_USER", userId: spammer, erase: false },
        { kind: "REDACT_USER_EVENTS", userId: spammer, rooms: [] },
        { kind: "QUARANTINE_USER_MEDIA", userId: spammer },
      ],
      { localServerName: sim.serverName },
    );
    const user = radius.users[0];
    const joined = Object.values((await synapse.users.memberships(spammer)).memberships).filter(
      (m) => m === "join",
    );
    expect(user).toMatchObject({ userId: spammer, joinedRooms: joined.length, leftRooms: 0, partial: false });
    expect(joined.length).toBeGreaterThan(2);
    const room = await airdropRoom();
    expect(user?.soleAdminRooms).toEqual([
      { roomId: room, name: expect.stringContaining("AIRDROP") as unknown },
    ]);

    // The spam room holds four of their messages; the preview must count at least those, exactly.
    expect(user?.eventsToRedact).toMatchObject({ exact: true });
    const events = user?.eventsToRedact as { value: number };
    expect(events.value).toBeGreaterThanOrEqual(4);
    const media = await synapse.users.listUserMedia(spammer, { limit: 100 });
    expect(user?.media).toEqual({
      count: { value: media.total, exact: true },
      totalBytes: { value: media.media.reduce((s, m) => s + (m.media_length ?? 0), 0), exact: true },
    });
    expect(radius.totals.rooms.value).toBe(joined.length);
    expect(radius.totals.events).toEqual({ value: events.value, exact: true });
    expect(radius.partial).toBe(false);
  });

  it("caps the room scan and says the answer is partial", async () => {
    const radius = await estimateBlastRadius(
      synapse,
      [{ kind: "REDACT_USER_EVENTS", userId: spammer, rooms: [] }],
      { localServerName: sim.serverName, limits: { maxRoomsPerUser: 1, maxMediaPages: 1, concurrency: 2 } },
    );
    expect(radius.partial).toBe(true);
    expect(radius.users[0]?.roomsScanned).toBe(1);
    expect(radius.totals.events).toMatchObject({ exact: false });
    expect(radius.users[0]?.notes.join(" ")).toMatch(/Only 1 of \d+ joined rooms/);
  });

  it("describes a room (members, local members, media, public) and a single file", async () => {
    const roomId = await airdropRoom();
    const details = await synapse.rooms.getRoom(roomId);
    const mediaPage = await synapse.users.listUserMedia(`@alice:${sim.serverName}`, { limit: 1 });
    const file = mediaPage.media[0];
    if (!file) throw new Error("alice has no uploads in the demo");
    const mxc = `mxc://${sim.serverName}/${file.media_id}`;
    const radius = await estimateBlastRadius(
      synapse,
      [
        { kind: "DELETE_ROOM", roomId, purge: true, block: true },
        { kind: "QUARANTINE_MEDIA", mxc },
      ],
      { localServerName: sim.serverName },
    );
    expect(radius.rooms[0]).toMatchObject({
      roomId,
      members: details.joined_members,
      localMembers: details.joined_local_members,
      public: details.public,
    });
    expect(radius.rooms[0]?.media).toEqual({
      local: expect.any(Number) as unknown,
      remote: expect.any(Number) as unknown,
    });
    expect(radius.media[0]).toMatchObject({
      mxc,
      size: file.media_length,
      sha256: file.sha256 ?? null,
      quarantined: false,
    });
    expect(radius.media[0]?.notes.join(" ")).toContain("same SHA-256");
  });
});
