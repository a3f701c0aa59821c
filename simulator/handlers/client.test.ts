import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { call, enc, makeUser, testSimulator, type Json, str } from "../testing";

type Sim = Awaited<ReturnType<typeof testSimulator>>;
type User = { userId: string; token: string };

const send = (sim: Sim, u: User, roomId: string, txn: string, body: string) =>
  call(sim.url, `/_matrix/client/v3/rooms/${enc(roomId)}/send/m.room.message/${txn}`, {
    method: "PUT",
    token: u.token,
    body: { msgtype: "m.text", body },
  });
const messages = async (sim: Sim, u: User, roomId: string) =>
  (await call(sim.url, `/_matrix/client/v3/rooms/${enc(roomId)}/messages?dir=b&limit=50`, { token: u.token }))
    .body.chunk as { event_id: string; content: Record<string, Json>; unsigned?: Record<string, Json> }[];

describe("client-server behaviour", () => {
  let sim: Sim;
  let alice: User;
  let bob: User;
  let roomId: string;
  beforeAll(async () => {
    sim = await testSimulator();
    [alice, bob] = [await makeUser(sim, "alice"), await makeUser(sim, "bob")];
    roomId = str(
      (
        await call(sim.url, "/_matrix/client/v3/createRoom", {
          token: alice.token,
          body: { preset: "public_chat" },
        })
      ).body.room_id,
    );
    await call(sim.url, `/_matrix/client/v3/join/${enc(roomId)}`, { token: bob.token, body: {} });
  });
  afterAll(() => sim.stop());

  it("send is idempotent per transaction id; the sender's own device sees transaction_id", async () => {
    const first = await send(sim, bob, roomId, "same", "once");
    const again = await send(sim, bob, roomId, "same", "once");
    expect(again.body.event_id).toBe(first.body.event_id);
    const chunk = await messages(sim, bob, roomId);
    expect(chunk.filter((e) => e.content.body === "once")).toHaveLength(1);
    expect(chunk.find((e) => e.event_id === first.body.event_id)?.unsigned).toMatchObject({
      transaction_id: "same",
      membership: "join",
    });
    expect(
      (await messages(sim, alice, roomId)).find((e) => e.event_id === first.body.event_id)?.unsigned
        ?.transaction_id,
    ).toBeUndefined();
  });

  it("a shadow-banned sender gets a fake, stable event id and nobody ever sees the event", async () => {
    await sim.admin(`/_synapse/admin/v1/users/${enc(bob.userId)}/shadow_ban`, { body: {} });
    const fake = await send(sim, bob, roomId, "sb1", "hidden");
    expect(str(fake.body.event_id)).toMatch(/^\$[A-Za-z]{43}$/);
    expect((await send(sim, bob, roomId, "sb1", "hidden")).body.event_id).toBe(fake.body.event_id);
    expect(
      (
        await call(sim.url, `/_matrix/client/v3/rooms/${enc(roomId)}/event/${enc(str(fake.body.event_id))}`, {
          token: alice.token,
        })
      ).status,
    ).toBe(404);
    expect((await sim.admin(`/_synapse/admin/v1/fetch_event/${enc(str(fake.body.event_id))}`)).status).toBe(
      404,
    );
    await sim.admin(`/_synapse/admin/v1/users/${enc(bob.userId)}/shadow_ban`, { method: "DELETE" });
  });

  it("login: wrong password, locked, deactivated (password wiped), deactivated with a new password", async () => {
    const login = (user: string, password: string) =>
      call(sim.url, "/_matrix/client/v3/login", {
        body: { type: "m.login.password", identifier: { type: "m.id.user", user }, password },
      });
    const carol = await makeUser(sim, "carol");
    expect((await login("carol", "bad")).body).toEqual({
      errcode: "M_FORBIDDEN",
      error: "Invalid username or password",
    });
    await sim.admin(`/_synapse/admin/v2/users/${enc(carol.userId)}`, {
      method: "PUT",
      body: { locked: true },
    });
    expect(await login("carol", "pw")).toMatchObject({
      status: 401,
      body: { errcode: "M_USER_LOCKED", soft_logout: true },
    });
    await sim.admin(`/_synapse/admin/v2/users/${enc(carol.userId)}`, {
      method: "PUT",
      body: { locked: false },
    });
    await sim.admin(`/_synapse/admin/v1/deactivate/${enc(carol.userId)}`, { body: { erase: false } });
    expect((await login("carol", "pw")).body.errcode).toBe("M_FORBIDDEN");
    await sim.admin(`/_synapse/admin/v2/users/${enc(carol.userId)}`, {
      method: "PUT",
      body: { password: "pw2" },
    });
    expect(await login("@carol:localhost", "pw2")).toMatchObject({
      status: 403,
      body: { errcode: "M_USER_DEACTIVATED" },
    });
  });

  it("PUT /v2/users creates an unknown user with 201 (the dangerous quirk), modifies with 200", async () => {
    const created = await sim.admin("/_synapse/admin/v2/users/@typo:localhost", {
      method: "PUT",
      body: { locked: true },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "@typo:localhost", locked: false }); // creation ignores `locked`
    expect(
      (await sim.admin("/_synapse/admin/v2/users/@typo:localhost", { method: "PUT", body: { locked: true } }))
        .status,
    ).toBe(200);
    expect(
      (await sim.admin("/_synapse/admin/v2/users/@x:elsewhere", { method: "PUT", body: {} })).body.error,
    ).toBe("This endpoint can only be used with local users");
  });

  it("sync: a user finds their server-notices room and message; an incremental long poll wakes on the next one", async () => {
    const notice = (body: string) =>
      sim.admin("/_synapse/admin/v1/send_server_notice", {
        body: { user_id: alice.userId, content: { msgtype: "m.text", body } },
      });
    const first = await notice("Your report was actioned.");
    const initial = (await call(sim.url, "/_matrix/client/v3/sync", { token: alice.token })).body as {
      next_batch: string;
      rooms: {
        join: Record<
          string,
          {
            timeline: { events: { event_id: string }[] };
            account_data: { events: { type: string; content: Record<string, Json> }[] };
          }
        >;
      };
    };
    const noticeRoom = Object.entries(initial.rooms.join).find(([, r]) =>
      r.account_data.events.some(
        (e) => e.type === "m.tag" && JSON.stringify(e.content).includes("m.server_notice"),
      ),
    );
    expect(noticeRoom?.[1].timeline.events.map((e) => e.event_id)).toContain(first.body.event_id);
    const polling = call(sim.url, `/_matrix/client/v3/sync?since=${enc(initial.next_batch)}&timeout=10000`, {
      token: alice.token,
    });
    const second = await notice("A second notice.");
    const next = (await polling).body as {
      rooms: { join: Record<string, { timeline: { events: { event_id: string }[] } }> };
    };
    expect(next.rooms.join[noticeRoom?.[0] ?? ""]?.timeline.events.map((e) => e.event_id)).toEqual([
      second.body.event_id,
    ]);
  });

  it("authenticated media: quarantined files are 404 except for an admin's bypass; thumbnails never; SVG is an attachment", async () => {
    const up = await fetch(`${sim.url}/_matrix/media/v3/upload?filename=x.svg`, {
      method: "POST",
      headers: { authorization: `Bearer ${bob.token}`, "content-type": "image/svg+xml" },
      body: "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
    });
    const mediaId = String(((await up.json()) as { content_uri: string }).content_uri.split("/").pop());
    const path = `/_matrix/client/v1/media/download/localhost/${mediaId}`;
    const ok = await fetch(`${sim.url}${path}`, { headers: { authorization: `Bearer ${alice.token}` } });
    expect(ok.headers.get("content-disposition")).toBe("attachment; filename=x.svg");
    expect(ok.headers.get("content-security-policy")).toContain("sandbox");
    await sim.admin(`/_synapse/admin/v1/media/quarantine/localhost/${mediaId}`, { body: {} });
    expect((await call(sim.url, path, { token: alice.token })).body).toEqual({
      errcode: "M_NOT_FOUND",
      error: `Not found '${path}'`,
    });
    expect(
      (await call(sim.url, `${path}?admin_unsafely_bypass_quarantine=true`, { token: alice.token })).body,
    ).toEqual({ errcode: "M_UNKNOWN", error: "Must be a server admin to bypass quarantine" });
    expect(
      (await call(sim.url, `${path}?admin_unsafely_bypass_quarantine=true`, { token: sim.adminToken }))
        .status,
    ).toBe(200);
    expect(
      (
        await call(sim.url, `/_matrix/client/v1/media/thumbnail/localhost/${mediaId}?width=32&height=32`, {
          token: sim.adminToken,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call(sim.url, `/_matrix/client/v1/media/thumbnail/localhost/${mediaId}?height=32`, {
          token: sim.adminToken,
        })
      ).body.errcode,
    ).toBe("M_MISSING_PARAM");
  });
});

describe("last_seen_ts", () => {
  it("reads null until Synapse's 5 s user_ips batch is written, while whois sees the session at once", async () => {
    let offset = 0;
    const sim = await testSimulator({ clock: () => Date.now() + offset });
    try {
      const dora = await makeUser(sim, "dora");
      expect((await sim.admin(`/_synapse/admin/v2/users/${enc(dora.userId)}`)).body.last_seen_ts).toBeNull();
      const whois = (await sim.admin(`/_synapse/admin/v1/whois/${enc(dora.userId)}`)).body.devices as Record<
        string,
        { sessions: { connections: { last_seen: number }[] }[] }
      >;
      expect(whois[""]?.sessions[0]?.connections[0]?.last_seen).toEqual(expect.any(Number));
      offset += 5_000;
      expect((await sim.admin(`/_synapse/admin/v2/users/${enc(dora.userId)}`)).body.last_seen_ts).toEqual(
        expect.any(Number),
      );
    } finally {
      await sim.stop();
    }
  });
});

describe("policy-server verdicts in the demo", () => {
  it("soft-failed spam is hidden from members but shown to admins with the unsigned flags", async () => {
    const sim = await testSimulator({ scenario: "demo" });
    try {
      const rooms = (await sim.admin("/_synapse/admin/v1/rooms?search_term=Lobby")).body.rooms as {
        room_id: string;
      }[];
      const lobby = rooms[0]?.room_id ?? "";
      const admin = (await sim.admin(`/_synapse/admin/v1/rooms/${enc(lobby)}/messages?dir=b&limit=1000`)).body
        .chunk as { event_id: string; unsigned: Record<string, Json> }[];
      const spammy = admin.filter((e) => e.unsigned["io.element.synapse.policy_server_spammy"] === true);
      expect(spammy.length).toBeGreaterThan(0);
      expect(spammy.every((e) => e.unsigned["io.element.synapse.soft_failed"] === true)).toBe(true);
      const fetched = (await sim.admin(`/_synapse/admin/v1/fetch_event/${enc(spammy[0]?.event_id ?? "")}`))
        .body.event as { unsigned: Record<string, Json> };
      expect(fetched.unsigned["io.element.synapse.policy_server_spammy"]).toBe(true);
      const members = (await sim.admin(`/_synapse/admin/v1/rooms/${enc(lobby)}/members`)).body
        .members as string[];
      const local = members.find((m) => m.endsWith(":localhost")) ?? "";
      const login = await call(sim.url, "/_matrix/client/v3/login", {
        body: { type: "m.login.password", user: local, password: "demo-password" },
      });
      const seen = await messages(sim, { userId: local, token: str(login.body.access_token) }, lobby);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.some((e) => spammy.some((s) => s.event_id === e.event_id))).toBe(false);
    } finally {
      await sim.stop();
    }
  });
});
