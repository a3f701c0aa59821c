/**
 * The simulator's responses against responses recorded from a real Synapse 1.160 (lib/synapse/__fixtures__): the same
 * keys with the same JSON types, replaying the scenario the fixtures were recorded from (alice's public room, bob's
 * spam, alice's report, suspension, redaction), plus the peer fixtures for rooms, media and users.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { call, enc, makeUser, pollUntil, testSimulator, type Json, str } from "./testing";

const FIXTURES = path.resolve(import.meta.dirname, "../lib/synapse/__fixtures__");
const fixture = (name: string): Json =>
  JSON.parse(readFileSync(path.join(FIXTURES, name), "utf8").replace(/\s+\d{3}\s*$/, "")) as Json;

/** Keys that are data (room ids, user ids, key ids), not schema. */
const dataKey = (k: string) =>
  /^[!@$#]/.test(k) ? `${k[0]}<id>` : /^ed25519:/.test(k) ? "ed25519:<key>" : k;

/** Keys and JSON types, recursively; arrays by their first element. */
function shape(value: Json): Json {
  if (value === null) return "null";
  if (Array.isArray(value)) return value.length > 0 ? [shape(value[0] as Json)] : [];
  if (typeof value === "object")
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [dataKey(k), shape(value[k] as Json)]),
    );
  return typeof value;
}

describe("responses have the shapes of real Synapse 1.160 responses", () => {
  let sim: Awaited<ReturnType<typeof testSimulator>>;
  let alice: { userId: string; token: string };
  let bob: { userId: string; token: string };
  let roomId: string;
  let spamId: string;

  let clockOffset = 0;
  beforeAll(async () => {
    sim = await testSimulator({ clock: () => Date.now() + clockOffset });
    alice = await makeUser(sim, "alice");
    bob = await makeUser(sim, "bob");
    roomId = str(
      (
        await call(sim.url, "/_matrix/client/v3/createRoom", {
          token: alice.token,
          body: { preset: "public_chat", name: "test room" },
        })
      ).body.room_id,
    );
    await call(sim.url, `/_matrix/client/v3/join/${enc(roomId)}`, { token: bob.token, body: {} });
    spamId = str(
      (
        await call(sim.url, `/_matrix/client/v3/rooms/${enc(roomId)}/send/m.room.message/1`, {
          method: "PUT",
          token: bob.token,
          body: { msgtype: "m.text", body: "spam from bob" },
        })
      ).body.event_id,
    );
    await call(sim.url, `/_matrix/client/v3/rooms/${enc(roomId)}/report/${enc(spamId)}`, {
      token: alice.token,
      body: { reason: "this is spam", score: -100 },
    });
    await call(sim.url, `/_matrix/client/v3/users/${enc(bob.userId)}/report`, {
      token: alice.token,
      body: { reason: "abusive user" },
    });
  });
  afterAll(() => sim.stop());

  it("event reports: list and detail", async () => {
    const list = (await sim.admin("/_synapse/admin/v1/event_reports")).json as Json;
    expect(shape(list)).toEqual(shape(fixture("admin_event_reports.json")));
    const id = ((list as { event_reports: { id: number }[] }).event_reports[0] as { id: number }).id;
    const detail = (await sim.admin(`/_synapse/admin/v1/event_reports/${id}`)).json as Json;
    expect(shape(detail)).toEqual(shape(fixture("admin_event_report_detail.json")));
    expect((await sim.admin("/_synapse/admin/v1/user_reports")).body).toMatchObject({ total: 1 });
    expect(shape((await sim.admin("/_synapse/admin/v1/user_reports")).json as Json)).toEqual(
      shape(fixture("admin_user_reports.json")),
    );
  });

  it("suspend: the dynamic key, the user view, and the exact body a suspended sender gets", async () => {
    const suspend = await sim.admin(`/_synapse/admin/v1/suspend/${enc(bob.userId)}`, {
      method: "PUT",
      body: { suspend: true },
    });
    expect(suspend.json).toEqual(fixture("admin_suspend.json"));
    clockOffset += 6_000; // past Synapse's 5 s user_ips batch, so last_seen_ts is filled as in the fixture
    const user = (await sim.admin(`/_synapse/admin/v2/users/${enc(bob.userId)}`)).json as Json;
    expect(shape(user)).toEqual(shape(fixture("admin_user_after_suspend.json")));
    const send = await call(sim.url, `/_matrix/client/v3/rooms/${enc(roomId)}/send/m.room.message/2`, {
      method: "PUT",
      token: bob.token,
      body: { msgtype: "m.text", body: "x" },
    });
    expect(send.status).toBe(403);
    expect(send.json).toEqual(fixture("bob_send_while_suspended.json"));
    expect(
      (
        await sim.admin(`/_synapse/admin/v1/suspend/${enc(bob.userId)}`, {
          method: "PUT",
          body: { suspend: false },
        })
      ).json,
    ).toEqual(fixture("admin_unsuspend.json"));
  });

  it("redaction: job id, completed status, and the redacted event as a member sees it", async () => {
    const start = await sim.admin(`/_synapse/admin/v1/user/${enc(bob.userId)}/redact`, {
      body: { rooms: [], reason: "test cleanup" },
    });
    expect(shape(start.json as Json)).toEqual(shape(fixture("admin_redact_user.json")));
    expect(str(start.body.redact_id)).toMatch(/^[A-Za-z]{16}$/);
    const status = await pollUntil(
      () => sim.admin(`/_synapse/admin/v1/user/redact_status/${str(start.body.redact_id)}`),
      (r) => r.body.status !== "active",
    );
    expect(status.json).toEqual(fixture("admin_redact_status.json"));
    const seen = (
      await call(sim.url, `/_matrix/client/v3/rooms/${enc(roomId)}/event/${enc(spamId)}`, {
        token: alice.token,
      })
    ).json as Json;
    expect(shape(seen)).toEqual(shape(fixture("event_after_redaction.json")));
    expect(seen).toMatchObject({
      content: {},
      unsigned: {
        membership: "join",
        redacted_because: { content: { reason: "test cleanup", redacts: spamId } },
      },
    });
  });

  it("server_version", async () => {
    expect(shape((await call(sim.url, "/_synapse/admin/v1/server_version")).json as Json)).toEqual(
      shape(fixture("server_version.json")),
    );
  });

  it("peer fixtures: room details, members, state, messages, context, fetch_event, block, directory", async () => {
    const peer = (name: string) => fixture(`peer/${name}`);
    expect(shape((await sim.admin(`/_synapse/admin/v1/rooms/${enc(roomId)}`)).json as Json)).toEqual(
      shape(peer("room_details.json")),
    );
    expect(shape((await sim.admin(`/_synapse/admin/v1/rooms/${enc(roomId)}/members`)).json as Json)).toEqual(
      shape(peer("room_members.json")),
    );
    const state = (await sim.admin(`/_synapse/admin/v1/rooms/${enc(roomId)}/state?type=m.room.create`))
      .json as Json;
    expect(shape(state)).toEqual(
      shape({ state: [(peer("room_state.json") as { state: Json[] }).state[0] as Json] }),
    );
    const messages = (
      await sim.admin(
        `/_synapse/admin/v1/rooms/${enc(roomId)}/messages?dir=b&limit=1&filter=${enc(JSON.stringify({ types: ["m.room.join_rules"] }))}`,
      )
    ).json as { chunk: Json[]; start: string; end: string };
    const peerMessages = peer("room_messages.json") as { chunk: Json[] };
    expect(Object.keys(messages).sort()).toEqual(Object.keys(peerMessages).sort());
    expect(messages.start).toMatch(/^t\d+-\d+(_0){13}$/);
    const fetched = (await sim.admin(`/_synapse/admin/v1/fetch_event/${enc(spamId)}`)).json as Json;
    expect(shape(fetched)).toEqual(shape(peer("fetch_event.json")));
    const context = (await sim.admin(`/_synapse/admin/v1/rooms/${enc(roomId)}/context/${enc(spamId)}`))
      .json as Record<string, Json>;
    expect(Object.keys(context).sort()).toEqual(Object.keys(peer("event_context.json") as object).sort());
    await sim.admin(`/_synapse/admin/v1/rooms/${enc(roomId)}/block`, {
      method: "PUT",
      body: { block: true },
    });
    expect(shape((await sim.admin(`/_synapse/admin/v1/rooms/${enc(roomId)}/block`)).json as Json)).toEqual(
      shape(peer("room_block.json")),
    );
    expect((await call(sim.url, `/_matrix/client/v3/directory/list/room/${enc(roomId)}`)).json).toEqual(
      peer("directory_visibility.json"),
    );
  });

  it('peer fixtures: users (whois keyed by "", joined rooms, memberships, whoami) and media (SQLite 0/1 booleans)', async () => {
    const peer = (name: string) => fixture(`peer/${name}`);
    expect(shape((await sim.admin(`/_synapse/admin/v1/whois/${enc(alice.userId)}`)).json as Json)).toEqual(
      shape(peer("whois.json")),
    );
    expect(
      shape((await sim.admin(`/_synapse/admin/v1/users/${enc(alice.userId)}/joined_rooms`)).json as Json),
    ).toEqual(shape(peer("joined_rooms.json")));
    expect(
      shape((await sim.admin(`/_synapse/admin/v1/users/${enc(alice.userId)}/memberships`)).json as Json),
    ).toEqual(shape(peer("memberships.json")));
    expect(
      shape((await call(sim.url, "/_matrix/client/v3/account/whoami", { token: alice.token })).json as Json),
    ).toEqual(shape(peer("whoami.json")));
    const upload = await fetch(`${sim.url}/_matrix/media/v3/upload?filename=fixture.png`, {
      method: "POST",
      headers: { authorization: `Bearer ${alice.token}`, "content-type": "image/png" },
      body: new Uint8Array([137, 80, 78, 71]),
    });
    const mediaId = String(((await upload.json()) as { content_uri: string }).content_uri.split("/").pop());
    await sim.admin(`/_synapse/admin/v1/media/quarantine/localhost/${mediaId}`, { body: {} });
    expect(shape((await sim.admin(`/_synapse/admin/v1/media/localhost/${mediaId}`)).json as Json)).toEqual(
      shape(peer("media_info.json")),
    );
    expect(
      shape((await sim.admin(`/_synapse/admin/v1/users/${enc(alice.userId)}/media`)).json as Json),
    ).toEqual(shape(peer("user_media.json")));
    expect(shape((await sim.admin("/_synapse/admin/v1/media/quarantine_changes")).json as Json)).toEqual(
      shape(peer("quarantine_changes.json")),
    );
  });
});
