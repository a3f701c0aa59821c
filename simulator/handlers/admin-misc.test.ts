import { createHmac } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEFAULT_REGISTRATION_SHARED_SECRET } from "../server";
import { call, testSimulator, str } from "../testing";
import { registrationMac } from "./admin-misc";

/** The mac exactly as Synapse's docs and `synapse_register_new_matrix_user` compute it. */
function referenceMac(
  secret: string,
  nonce: string,
  user: string,
  password: string,
  admin: boolean,
  userType?: string,
): string {
  const parts = [nonce, user, password, admin ? "admin" : "notadmin", ...(userType ? [userType] : [])];
  return createHmac("sha1", secret).update(parts.join("\x00"), "utf8").digest("hex");
}

describe("shared-secret registration (/_synapse/admin/v1/register)", () => {
  let sim: Awaited<ReturnType<typeof testSimulator>>;
  beforeAll(async () => {
    sim = await testSimulator();
  });
  afterAll(() => sim.stop());

  const nonce = async () => str((await call(sim.url, "/_synapse/admin/v1/register")).body.nonce);

  it("computes the mac like Synapse (HMAC-SHA1, NUL-separated, optional user_type)", () => {
    expect(registrationMac("s3cret", "n", "bob", "pw", false)).toBe(
      referenceMac("s3cret", "n", "bob", "pw", false),
    );
    expect(registrationMac("s3cret", "n", "bob", "pw", true, "bot")).toBe(
      referenceMac("s3cret", "n", "bob", "pw", true, "bot"),
    );
    expect(registrationMac("s3cret", "n", "bøb", "pässword", true)).toBe(
      referenceMac("s3cret", "n", "bøb", "pässword", true),
    );
  });

  it("hands out unauthenticated 128-hex-char nonces", async () => {
    expect(await nonce()).toMatch(/^[0-9a-f]{128}$/);
  });

  it("registers a user with a correct mac, logs them in, and honours the admin flag", async () => {
    const n = await nonce();
    const res = await call(sim.url, "/_synapse/admin/v1/register", {
      body: {
        nonce: n,
        username: "Carol",
        password: "pw",
        admin: true,
        mac: referenceMac(DEFAULT_REGISTRATION_SHARED_SECRET, n, "Carol", "pw", true),
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ user_id: "@carol:localhost", home_server: "localhost" });
    expect(res.body.access_token).toEqual(expect.any(String));
    expect(
      (await call(sim.url, "/_matrix/client/v3/account/whoami", { token: str(res.body.access_token) })).body
        .user_id,
    ).toBe("@carol:localhost");
    expect((await sim.admin("/_synapse/admin/v2/users/@carol:localhost")).body.admin).toBe(true);
  });

  it("refuses a wrong mac with 403 'HMAC incorrect', and a nonce can be used only once", async () => {
    const n = await nonce();
    const bad = await call(sim.url, "/_synapse/admin/v1/register", {
      body: { nonce: n, username: "dave", password: "pw", mac: "00".repeat(20) },
    });
    expect(bad.status).toBe(403);
    expect(bad.body).toEqual({ errcode: "M_UNKNOWN", error: "HMAC incorrect" });
    const again = await call(sim.url, "/_synapse/admin/v1/register", {
      body: {
        nonce: n,
        username: "dave",
        password: "pw",
        mac: referenceMac(DEFAULT_REGISTRATION_SHARED_SECRET, n, "dave", "pw", false),
      },
    });
    expect(again.body).toEqual({ errcode: "M_UNKNOWN", error: "unrecognised nonce" });
  });

  it("validates in Synapse's order with its messages", async () => {
    expect((await call(sim.url, "/_synapse/admin/v1/register", { body: {} })).body).toEqual({
      errcode: "M_BAD_JSON",
      error: "nonce must be specified",
    });
    expect(
      (await call(sim.url, "/_synapse/admin/v1/register", { body: { nonce: await nonce() } })).body,
    ).toEqual({ errcode: "M_BAD_JSON", error: "username must be specified" });
    expect(
      (
        await call(sim.url, "/_synapse/admin/v1/register", {
          body: { nonce: await nonce(), username: "x", password: "y" },
        })
      ).body,
    ).toEqual({ errcode: "M_BAD_JSON", error: "mac must be specified" });
    const n = await nonce();
    const taken = await call(sim.url, "/_synapse/admin/v1/register", {
      body: {
        nonce: n,
        username: "admin",
        password: "pw",
        mac: referenceMac(DEFAULT_REGISTRATION_SHARED_SECRET, n, "admin", "pw", false),
      },
    });
    expect(taken.body).toEqual({ errcode: "M_USER_IN_USE", error: "User ID already taken." });
    expect(
      (
        await call(sim.url, "/_synapse/admin/v1/register", {
          body: "not json",
          headers: { "content-type": "application/json" },
        })
      ).body,
    ).toEqual({ errcode: "M_NOT_JSON", error: "Content not JSON." });
  });
});

describe("server notices", () => {
  it("create one notices room per user, tagged, auto-joined, reused after the user leaves", async () => {
    const sim = await testSimulator();
    try {
      await sim.admin("/_synapse/admin/v2/users/@u:localhost", { method: "PUT", body: { password: "pw" } });
      const token = str(
        (
          await call(sim.url, "/_matrix/client/v3/login", {
            body: { type: "m.login.password", user: "u", password: "pw" },
          })
        ).body.access_token,
      );
      const send = (body: string) =>
        sim.admin("/_synapse/admin/v1/send_server_notice", {
          body: { user_id: "@u:localhost", content: { msgtype: "m.text", body } },
        });
      const first = await send("one");
      const roomId = str(
        (
          (await sim.admin(`/_synapse/admin/v1/fetch_event/${encodeURIComponent(str(first.body.event_id))}`))
            .body.event as { room_id: string }
        ).room_id,
      );
      expect((await call(sim.url, "/_matrix/client/v3/joined_rooms", { token })).body.joined_rooms).toEqual([
        roomId,
      ]);
      expect(
        (
          await call(
            sim.url,
            `/_matrix/client/v3/user/@u:localhost/rooms/${encodeURIComponent(roomId)}/tags`,
            { token },
          )
        ).body,
      ).toEqual({ tags: { "m.server_notice": {} } });
      await call(sim.url, `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/leave`, {
        token,
        body: {},
      });
      const second = await send("two");
      const event = await call(
        sim.url,
        `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/event/${encodeURIComponent(str(second.body.event_id))}`,
        { token },
      );
      expect(event.body).toMatchObject({ sender: "@notices:localhost", content: { body: "two" } });
      // Users sit at -10 there, so they cannot post.
      const denied = await call(
        sim.url,
        `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/send/m.room.message/t1`,
        { method: "PUT", token, body: { msgtype: "m.text", body: "hi" } },
      );
      expect(denied.body).toEqual({
        errcode: "M_FORBIDDEN",
        error: "You don't have permission to post that to the room. user_level (-10) < send_level (0)",
      });
    } finally {
      await sim.stop();
    }
  });
});
