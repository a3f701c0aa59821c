import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { call, enc, makeUser, pollUntil, testSimulator, str } from "../testing";

type Row = { id: number; event_id: string; user_id: string; room_id: string; sender: string | null };

describe("report pagination and filter quirks (as Synapse)", () => {
  let sim: Awaited<ReturnType<typeof testSimulator>>;
  let roomId: string;
  let second: string;
  const events: string[] = [];
  const list = async (query: string) => (await sim.admin(`/_synapse/admin/v1/event_reports?${query}`)).body;

  beforeAll(async () => {
    sim = await testSimulator({ roomReportsApi: true, database: "postgres" });
    const alice = await makeUser(sim, "alice_a");
    const aXice = await makeUser(sim, "axice_b");
    const bob = await makeUser(sim, "bob");
    roomId = str(
      (
        await call(sim.url, "/_matrix/client/v3/createRoom", {
          token: alice.token,
          body: { preset: "public_chat", name: "quirks" },
        })
      ).body.room_id,
    );
    second = str(
      (
        await call(sim.url, "/_matrix/client/v3/createRoom", {
          token: alice.token,
          body: { preset: "public_chat", name: "other" },
        })
      ).body.room_id,
    );
    for (const [u, r] of [
      [bob, roomId],
      [aXice, roomId],
      [bob, second],
      [aXice, second],
    ] as const)
      await call(sim.url, `/_matrix/client/v3/join/${enc(r)}`, { token: u.token, body: {} });
    for (let i = 0; i < 4; i++) {
      const res = await call(
        sim.url,
        `/_matrix/client/v3/rooms/${enc(i < 3 ? roomId : second)}/send/m.room.message/t${i}`,
        { method: "PUT", token: bob.token, body: { msgtype: "m.text", body: `spam ${i}` } },
      );
      events.push(str(res.body.event_id));
    }
    for (const [i, reporter] of [alice, aXice, alice, alice].entries()) {
      await call(
        sim.url,
        `/_matrix/client/v3/rooms/${enc(i < 3 ? roomId : second)}/report/${enc(events[i] ?? "")}`,
        { token: reporter.token, body: { reason: `r${i}`, score: -100 } },
      );
    }
    await call(sim.url, `/_matrix/client/v3/rooms/${enc(roomId)}/report`, {
      token: alice.token,
      body: { reason: "room one" },
    });
    await call(sim.url, `/_matrix/client/v3/rooms/${enc(second)}/report`, {
      token: alice.token,
      body: { reason: "room two" },
    });
    await call(sim.url, `/_matrix/client/v3/rooms/${enc(second)}/report`, {
      token: aXice.token,
      body: { reason: "room three" },
    });
  });
  afterAll(() => sim.stop());

  it("newest first by default; next_token = from + page length, only while from + limit < total", async () => {
    const page = await list("limit=3");
    expect((page.event_reports as Row[]).map((r) => r.event_id)).toEqual([events[3], events[2], events[1]]);
    expect(page).toMatchObject({ total: 4, next_token: 3 });
    expect((await list("limit=3&from=3")).next_token).toBeUndefined();
    expect((await list("limit=4")).next_token).toBeUndefined();
    expect(((await list("dir=f&limit=1")).event_reports as Row[])[0]?.event_id).toBe(events[0]);
  });

  it("limit=0 is accepted and yields next_token == from (the infinite-loop trap)", async () => {
    expect(await list("limit=0&from=2")).toEqual({ event_reports: [], total: 4, next_token: 2 });
  });

  it("ids are neither 1-based nor assumed dense", async () => {
    const ids = ((await list("dir=f")).event_reports as Row[]).map((r) => r.id);
    expect(ids[0]).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(4);
  });

  it("user_id and room_id are LIKE '%x%' (so '_' is a wildcard); event_sender_user_id is exact", async () => {
    expect((await list(`user_id=${enc("a_ice")}`)).total).toBe(4); // matches alice_a and axice_b
    expect((await list(`user_id=${enc("alice_a")}`)).total).toBe(3);
    expect((await list(`user_id=${enc("ALICE")}`)).total).toBe(0); // PostgreSQL LIKE is case-sensitive
    expect((await list(`room_id=${enc(second.slice(1, 8))}`)).total).toBe(1);
    expect((await list(`event_sender_user_id=${enc("@bob:localhost")}`)).total).toBe(4);
    expect((await list(`event_sender_user_id=${enc("@bob:localhos")}`)).total).toBe(0);
  });

  it("parameter errors use Synapse's messages", async () => {
    expect((await sim.admin("/_synapse/admin/v1/event_reports?from=-1")).body).toEqual({
      errcode: "M_INVALID_PARAM",
      error: "Query parameter from must be a positive integer.",
    });
    expect((await sim.admin("/_synapse/admin/v1/event_reports?limit=ten")).body).toEqual({
      errcode: "M_INVALID_PARAM",
      error: "Query parameter limit must be an integer",
    });
    expect((await sim.admin("/_synapse/admin/v1/event_reports?dir=x")).body).toEqual({
      errcode: "M_INVALID_PARAM",
      error: "Query parameter 'dir' must be one of ['b', 'f']",
    });
    const message = "The report_id parameter must be a string representing a positive integer.";
    expect((await sim.admin("/_synapse/admin/v1/event_reports/abc")).body).toEqual({
      errcode: "M_INVALID_PARAM",
      error: message,
    });
    expect((await sim.admin("/_synapse/admin/v1/event_reports/-3")).body).toEqual({
      errcode: "M_INVALID_PARAM",
      error: message,
    });
    expect((await sim.admin("/_synapse/admin/v1/event_reports/%2012%20")).body).toEqual({
      errcode: "M_NOT_FOUND",
      error: "Event report not found",
    });
  });

  it("room reports (PR #19648 shape): keyset on id descending, exact filters, next_batch only when more", async () => {
    const page = (await sim.admin("/_synapse/admin/v1/room_reports?limit=2")).body;
    const rows = page.room_reports as { id: number; reason: string }[];
    expect(rows.map((r) => r.reason)).toEqual(["room three", "room two"]);
    expect(page.next_batch).toBe(rows[1]?.id);
    const rest = (await sim.admin(`/_synapse/admin/v1/room_reports?limit=2&from=${str(page.next_batch)}`))
      .body;
    expect((rest.room_reports as { reason: string }[]).map((r) => r.reason)).toEqual(["room one"]);
    expect(rest.next_batch).toBeUndefined();
    expect(
      (await sim.admin(`/_synapse/admin/v1/room_reports?room_id=${enc(second)}`)).body.room_reports,
    ).toHaveLength(2);
    expect((await sim.admin("/_synapse/admin/v1/room_reports?limit=0")).body.errcode).toBe("M_INVALID_PARAM");
  });

  it("the users list's next_token is a string (unlike the reports')", async () => {
    const users = (await sim.admin("/_synapse/admin/v2/users?limit=2")).body;
    expect(users.next_token).toBe("2");
    expect(users.total).toBe(4);
  });

  it("reports about a purged room vanish from list and total (inner join on room_stats_state)", async () => {
    const { delete_id } = (
      await sim.admin(`/_synapse/admin/v2/rooms/${enc(second)}`, { method: "DELETE", body: { purge: true } })
    ).body;
    await pollUntil(
      () => sim.admin(`/_synapse/admin/v2/rooms/delete_status/${str(delete_id)}`),
      (r) => r.body.status === "complete",
    );
    expect((await list("")).total).toBe(3);
    expect((await list(`room_id=${enc(second)}`)).total).toBe(0);
  });
});

describe("room reports are unrecognised by default, like released Synapse", () => {
  it("404 M_UNRECOGNIZED before any auth check", async () => {
    const sim = await testSimulator();
    try {
      const res = await call(sim.url, "/_synapse/admin/v1/room_reports");
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ errcode: "M_UNRECOGNIZED", error: "Unrecognized request" });
    } finally {
      await sim.stop();
    }
  });
});
