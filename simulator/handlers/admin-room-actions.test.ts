import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { call, enc, makeUser, testSimulator, str } from "../testing";

describe("room admin actions", () => {
  let sim: Awaited<ReturnType<typeof testSimulator>>;
  let owner: { userId: string; token: string };
  beforeAll(async () => {
    sim = await testSimulator();
    owner = await makeUser(sim, "owner");
  });
  afterAll(() => sim.stop());

  const createRoom = async (preset: string) =>
    str(
      (
        await call(sim.url, "/_matrix/client/v3/createRoom", {
          token: owner.token,
          body: { preset, room_alias_name: `r${Math.floor(performance.now() * 1000)}` },
        })
      ).body.room_id,
    );

  it("make_room_admin raises the admin to the room creator's level and invites them into a private room", async () => {
    const roomId = await createRoom("private_chat");
    expect(
      (await sim.admin(`/_synapse/admin/v1/rooms/${enc(roomId)}/make_room_admin`, { body: {} })).body,
    ).toEqual({});
    const pl = (await sim.admin(`/_synapse/admin/v1/rooms/${enc(roomId)}/state?type=m.room.power_levels`))
      .body.state as { content: { users: Record<string, number> } }[];
    expect(pl[0]?.content.users["@admin:localhost"]).toBe(100);
    expect(
      (await sim.admin("/_synapse/admin/v1/users/@admin:localhost/memberships")).body.memberships,
    ).toMatchObject({ [roomId]: "invite" });
    expect(
      (await sim.admin("/_synapse/admin/v1/rooms/!nope:localhost/make_room_admin", { body: {} })).body,
    ).toEqual({ errcode: "M_UNKNOWN", error: "Server not in room" });
  });

  it("force-join puts a local user into a public room", async () => {
    const roomId = await createRoom("public_chat");
    const guest = await makeUser(sim, "guest");
    expect(
      (await sim.admin(`/_synapse/admin/v1/join/${enc(roomId)}`, { body: { user_id: guest.userId } })).body,
    ).toEqual({ room_id: roomId });
    expect((await sim.admin(`/_synapse/admin/v1/rooms/${enc(roomId)}/members`)).body.members).toContain(
      guest.userId,
    );
    expect((await sim.admin(`/_synapse/admin/v1/join/${enc(roomId)}`, { body: {} })).body).toEqual({
      errcode: "M_MISSING_PARAM",
      error: "Missing params: ['user_id']",
    });
  });

  it("v1 delete answers the shutdown result at once, moving members and aliases to a new room", async () => {
    const roomId = await createRoom("public_chat");
    const res = await sim.admin(`/_synapse/admin/v1/rooms/${enc(roomId)}`, {
      method: "DELETE",
      body: { new_room_user_id: owner.userId, block: true },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kicked_users: [owner.userId], failed_to_kick_users: [] });
    expect(res.body.local_aliases).toHaveLength(1);
    expect((await sim.admin(`/_synapse/admin/v1/rooms/${enc(roomId)}`)).status).toBe(404);
    expect(
      (await sim.admin(`/_synapse/admin/v1/rooms/${enc(str(res.body.new_room_id))}`)).body,
    ).toMatchObject({ name: "Content Violation Notification" });
    expect(
      (await sim.admin("/_synapse/admin/v1/rooms/!unknown:localhost", { method: "DELETE", body: {} })).status,
    ).toBe(404);
    expect(
      (
        await sim.admin("/_synapse/admin/v1/rooms/!unknown2:localhost", {
          method: "DELETE",
          body: { block: true },
        })
      ).status,
    ).toBe(200);
  });
});

describe("hostile scenario", () => {
  it("every admin read answers (no 5xx) on attacker-written data, and escapes nothing on the console's behalf", async () => {
    const sim = await testSimulator({ scenario: "hostile" });
    try {
      const statuses = new Map<number, number>();
      const get = async (path: string) => {
        const res = await sim.admin(path);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        return res;
      };
      const reports = (await get("/_synapse/admin/v1/event_reports?limit=1000")).body.event_reports as {
        id: number;
        event_id: string;
        reason: unknown;
      }[];
      expect(reports.some((r) => typeof r.reason === "string" && r.reason.length >= 1024 * 1024)).toBe(true);
      expect(reports.some((r) => typeof r.reason === "string" && r.reason.includes("<script>"))).toBe(true); // raw, not escaped
      for (const r of reports) {
        const detail = await get(`/_synapse/admin/v1/event_reports/${r.id}`);
        expect([200, 404]).toContain(detail.status); // 404: the report about an event that no longer exists
      }
      const rooms = (await get("/_synapse/admin/v1/rooms?limit=1000")).body.rooms as { room_id: string }[];
      for (const { room_id } of rooms) {
        for (const suffix of ["", "/state", "/members", "/messages?dir=b&limit=1000", "/block"])
          await get(`/_synapse/admin/v1/rooms/${enc(room_id)}${suffix}`);
        await get(`/_synapse/admin/v1/room/${enc(room_id)}/media`);
      }
      const users = (await get("/_synapse/admin/v2/users?limit=1000")).body.users as { name: string }[];
      expect(users.some((u) => u.name.includes("../"))).toBe(true);
      for (const { name } of users) {
        await get(`/_synapse/admin/v2/users/${enc(name)}`);
        await get(`/_synapse/admin/v1/users/${enc(name)}/media`);
      }
      await get("/_synapse/admin/v1/user_reports?limit=1000");
      expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
      expect(statuses.get(200)).toBeGreaterThan(100);
    } finally {
      await sim.stop();
    }
  }, 60_000);
});
