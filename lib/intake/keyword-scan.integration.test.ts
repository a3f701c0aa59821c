import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { saveKeywordLists } from "@/lib/settings/save-keyword-lists";
import { testDb } from "@/tests/integration/per-file-database";

import { runIntakePass } from "./run-intake-pass";
import { runKeywordScan } from "./sources/keyword-scan-source";
import { startHarness, type Harness } from "./testing/intake-harness";

let h: Harness;
let rooms: { room_id: string; name: string | null }[];

const FRAUD = "org.matrix.msc4456.spam.fraud";
const pass = () =>
  runIntakePass({
    db: testDb(),
    synapse: h.synapse,
    serverName: h.sim.serverName,
    sources: ["KEYWORD_SCAN"],
    enrichLimit: 0,
  });
const roomId = (name: string) => rooms.find((r) => r.name === name)?.room_id ?? "";

async function asAdmin(method: string, path: string, body: unknown) {
  const res = await fetch(`${h.sim.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${h.sim.adminToken}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status, `${method} ${path}: ${await res.clone().text()}`).toBe(200);
}

beforeAll(async () => {
  h = await startHarness({ scenario: "demo" });
  rooms = ((await h.adminGet("/_synapse/admin/v1/rooms?limit=1000")).rooms as typeof rooms) ?? [];
  const admin = await testDb().reviewer.create({ data: { mxid: "@admin:localhost", role: "ADMIN" } });
  await saveKeywordLists(testDb(), {
    actor: admin,
    lists: {
      lists: [
        // Fullwidth and zero-width forms in the list itself fold like the room text does.
        {
          id: "scams",
          name: "Scam terms",
          harmId: FRAUD,
          terms: ["ａｉｒｄｒｏｐ", "wal\u200Blet", "crypto"],
          enabled: true,
        },
        {
          id: "off",
          name: "Switched off",
          harmId: "org.matrix.msc4456.spam",
          terms: ["gardening"],
          enabled: false,
        },
      ],
    },
  });
});
afterAll(async () => {
  await h?.sim.stop();
});

describe("the keyword scan against the demo scenario", () => {
  it("opens one room case per matching room, with the list's harm, a reason and the matches kept for highlighting", async () => {
    const airdrop = roomId("🚀 FREE AIRDROP 🚀 claim now");
    const crypto = roomId("Crypto Talk");
    expect(airdrop && crypto).toBeTruthy();

    const first = await pass();
    expect(first.KEYWORD_SCAN).toMatchObject({ new: 2, errors: 0 });
    expect(first.KEYWORD_SCAN?.fetched).toBe(rooms.length);

    const signals = await testDb().signal.findMany({
      where: { source: "KEYWORD_SCAN" },
      include: { subject: true, case: true },
    });
    expect(signals.map((s) => s.subject.key).sort()).toEqual([airdrop, crypto].sort());
    for (const s of signals) {
      expect(s.subject.kind).toBe("ROOM");
      expect(s.harmIds).toEqual([FRAUD]);
      expect(s.case?.status).toBe("OPEN");
    }
    const spam = signals.find((s) => s.subject.key === airdrop)!;
    expect(spam.reason).toBe("Room name/topic matches Scam terms: wal\u200Blet, ａｉｒｄｒｏｐ");
    expect(spam.raw).toMatchObject({
      list: { id: "scams", harmId: FRAUD },
      matches: [
        { field: "name", text: "🚀 FREE AIRDROP 🚀 claim now", terms: ["ａｉｒｄｒｏｐ"] },
        { field: "topic", terms: ["wal\u200Blet", "ａｉｒｄｒｏｐ"] },
      ],
    });
    const name = (spam.raw as { matches: { text: string; spans: { start: number; end: number }[] }[] })
      .matches[0]!;
    expect(name.text.slice(name.spans[0]!.start, name.spans[0]!.end)).toBe("AIRDROP");
    expect(
      await testDb().auditEvent.count({
        where: { type: "CASE_OPENED", data: { path: ["source"], equals: "KEYWORD_SCAN" } },
      }),
    ).toBe(2);
  });

  it("adds nothing on a second pass over unchanged rooms", async () => {
    const second = await pass();
    expect(second.KEYWORD_SCAN).toMatchObject({ new: 0, errors: 0, duplicates: 2 });
    expect(await testDb().signal.count({ where: { source: "KEYWORD_SCAN" } })).toBe(2);
  });

  it("signals a renamed room again, on its open case", async () => {
    const airdrop = roomId("🚀 FREE AIRDROP 🚀 claim now");
    const adminMxid = h.sim.users.find((u) => u.admin)?.mxid ?? "";
    await asAdmin("POST", `/_synapse/admin/v1/join/${encodeURIComponent(airdrop)}`, { user_id: adminMxid });
    await asAdmin("POST", `/_synapse/admin/v1/rooms/${encodeURIComponent(airdrop)}/make_room_admin`, {
      user_id: adminMxid,
    });
    await asAdmin("PUT", `/_matrix/client/v3/rooms/${encodeURIComponent(airdrop)}/state/m.room.name/`, {
      name: "Ｆｒｅｅ a\u200Birdrop 2",
    });

    const third = await pass();
    expect(third.KEYWORD_SCAN).toMatchObject({ new: 1, errors: 0 });
    const onRoom = await testDb().signal.findMany({
      where: { source: "KEYWORD_SCAN", subject: { key: airdrop } },
    });
    expect(onRoom).toHaveLength(2);
    expect(new Set(onRoom.map((s) => s.caseId)).size).toBe(1);
    expect((await pass()).KEYWORD_SCAN?.new).toBe(0);
  });

  it("reads a bounded number of rooms per pass, resuming from its cursor and wrapping at the end", async () => {
    const options = {
      db: testDb(),
      serverName: h.sim.serverName,
      maxRooms: 4,
      pageSize: 3,
      detailConcurrency: 2,
    };
    const first = await runKeywordScan(h.synapse, { ...options, cursor: { from: 0, lists: "" } });
    expect(first.summary.fetched).toBe(4);
    expect(first.cursor.from).toBe(4);
    let cursor = first.cursor;
    let read = first.summary.fetched;
    for (let i = 0; i < 20 && cursor.from !== 0; i++) {
      const run = await runKeywordScan(h.synapse, { ...options, cursor });
      read += run.summary.fetched;
      cursor = run.cursor;
    }
    expect(cursor.from).toBe(0);
    expect(read).toBe(rooms.length);
    // A changed list restarts the sweep from the first room.
    const restarted = await runKeywordScan(h.synapse, { ...options, cursor: { from: 8, lists: "other" } });
    expect(restarted.cursor.from).toBe(4);
  });

  it("keeps its position in the IntakeCursor row", async () => {
    const row = await testDb().intakeCursor.findUniqueOrThrow({ where: { source: "KEYWORD_SCAN" } });
    expect(row.cursor).toMatchObject({ from: 0 });
    expect(typeof (row.cursor as { lists?: unknown }).lists).toBe("string");
    expect(row.lastError).toBeNull();
  });
});
