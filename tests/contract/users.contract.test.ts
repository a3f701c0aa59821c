/** Account actions and their effects as the affected user and the other room members experience them. */
import { beforeAll, describe, expect, it } from "vitest";

import { loginWithPassword } from "@/lib/matrix/password-login";

import { adminClient, registerUser, type MatrixUser } from "./matrix-user";
import { contractTarget } from "./target";

const target = contractTarget();
const admin = adminClient(target);
let alice: MatrixUser;
let bob: MatrixUser;
let roomId: string;

beforeAll(async () => {
  [alice, bob] = await Promise.all([
    registerUser(admin, target, "alice"),
    registerUser(admin, target, "bob"),
  ]);
  roomId = await alice.createRoom({ name: "users contract room" });
  await bob.join(roomId);
});

describe("account status", () => {
  it("reads a fresh account: nothing set, creation_ts in seconds", async () => {
    const user = await admin.users.getUser(bob.userId);
    expect(user).toMatchObject({
      name: bob.userId,
      admin: false,
      deactivated: false,
      shadow_banned: false,
      locked: false,
      suspended: false,
      erased: false,
      is_guest: false,
    });
    expect(user.creation_ts).toBeLessThan(10_000_000_000);
  });

  it("whois, joined rooms and memberships (including rooms left)", async () => {
    const whois = await admin.users.whois(bob.userId);
    expect(whois.user_id).toBe(bob.userId);
    expect(Object.keys(whois.devices).length).toBeGreaterThan(0);
    const side = await alice.createRoom({ name: "left behind" });
    await bob.join(side);
    await bob.leave(side);
    const joined = await admin.users.joinedRooms(bob.userId);
    expect(joined.joined_rooms).toContain(roomId);
    expect(joined.joined_rooms).not.toContain(side);
    expect(joined.total).toBe(joined.joined_rooms.length);
    const { memberships } = await admin.users.memberships(bob.userId);
    expect(memberships).toMatchObject({ [roomId]: "join", [side]: "leave" });
  });
});

describe("suspend", () => {
  it("blocks sending with 403 M_USER_SUSPENDED until unsuspended", async () => {
    await expect(admin.users.suspend(bob.userId)).resolves.toBe(true);
    expect((await admin.users.getUser(bob.userId)).suspended).toBe(true);
    await expect(bob.sendText(roomId, "while suspended")).rejects.toMatchObject({
      status: 403,
      errcode: "M_USER_SUSPENDED",
    });
    await expect(bob.as.server.whoami()).resolves.toMatchObject({ user_id: bob.userId }); // can still read
    await expect(admin.users.unsuspend(bob.userId)).resolves.toBe(false);
    expect((await admin.users.getUser(bob.userId)).suspended).toBe(false);
    const eventId = await bob.sendText(roomId, "after unsuspend");
    await expect(alice.getEvent(roomId, eventId)).resolves.toMatchObject({
      content: { body: "after unsuspend" },
    });
  });
});

describe("lock", () => {
  it("makes login fail and existing sessions answer 401 M_USER_LOCKED; unlock restores both", async () => {
    expect((await admin.users.lock(bob.userId)).locked).toBe(true);
    await expect(
      loginWithPassword({ baseUrl: target.url, user: bob.userId, password: bob.password }),
    ).resolves.toMatchObject({ ok: false, reason: "locked" });
    const error = await bob.as.server.whoami().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401, errcode: "M_USER_LOCKED" });
    expect((error as { body?: Record<string, unknown> }).body).toHaveProperty("soft_logout", true);
    expect((await admin.users.unlock(bob.userId)).locked).toBe(false);
    await expect(bob.as.server.whoami()).resolves.toMatchObject({ user_id: bob.userId });
    await expect(
      loginWithPassword({ baseUrl: target.url, user: bob.userId, password: bob.password }),
    ).resolves.toMatchObject({ ok: true });
  });

  it("refuses to lock an unknown user instead of creating it", async () => {
    const typo = `@typo-${Date.now()}:${target.serverName}`;
    await expect(admin.users.lock(typo)).rejects.toMatchObject({ status: 404, errcode: "M_NOT_FOUND" });
    await expect(admin.users.getUser(typo)).rejects.toMatchObject({ status: 404 });
  });
});

describe("shadow-ban", () => {
  it("makes the user's sends 'succeed' while nobody else sees them", async () => {
    const mallory = await registerUser(admin, target, "mallory");
    await mallory.join(roomId);
    await admin.users.shadowBan(mallory.userId);
    expect((await admin.users.getUser(mallory.userId)).shadow_banned).toBe(true);
    const hidden = await mallory.sendText(roomId, "nobody will see this");
    expect(hidden).toMatch(/^\$/);
    await expect(alice.getEvent(roomId, hidden)).rejects.toMatchObject({ status: 404 });
    expect((await alice.recentMessages(roomId)).map((e) => e.event_id)).not.toContain(hidden);
    await admin.users.unshadowBan(mallory.userId);
    expect((await admin.users.getUser(mallory.userId)).shadow_banned).toBe(false);
    const visible = await mallory.sendText(roomId, "now you see me");
    await expect(alice.getEvent(roomId, visible)).resolves.toMatchObject({ sender: mallory.userId });
  });

  it("answers 404 for a local user that does not exist (Synapse leaks a StoreError)", async () => {
    await expect(admin.users.shadowBan(`@nobody-${Date.now()}:${target.serverName}`)).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe("deactivate", () => {
  it("with erase: the account is deactivated and erased and can no longer log in", async () => {
    const gone = await registerUser(admin, target, "gone");
    const result = await admin.users.deactivate(gone.userId, { erase: true });
    expect(typeof result.id_server_unbind_result).toBe("string");
    expect(await admin.users.getUser(gone.userId)).toMatchObject({ deactivated: true, erased: true });
    const login = await loginWithPassword({
      baseUrl: target.url,
      user: gone.userId,
      password: gone.password,
    });
    expect(login).toMatchObject({ ok: false });
    await expect(gone.as.server.whoami()).rejects.toMatchObject({ status: 401, errcode: "M_UNKNOWN_TOKEN" });
  });
});
