import { afterEach, describe, expect, it } from "vitest";

import { SynapseClient } from "./client";
import { SynapsePaginationError } from "./errors";
import { paginateOffset, paginateTokens } from "./pagination";
import { createReportsApi } from "./reports";
import { createRoomsApi } from "./rooms";
import { sendJson, startFakeServer, type FakeServer } from "./testing/fake-server";

let server: FakeServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const report = (id: number) => ({
  id,
  received_ts: 1_700_000_000_000 + id,
  room_id: "!r:localhost",
  event_id: `$e${id}`,
  user_id: "@alice:localhost",
  reason: null,
  score: null,
  sender: "@bob:localhost",
  name: null,
  canonical_alias: null,
});

describe("event report pagination (offset + next_token)", () => {
  it("follows next_token until it is absent; ids are sparse and do not start at 1", async () => {
    const ids = [42, 17, 9, 8, 3]; // newest first (dir=b), as Synapse orders by received_ts
    server = await startFakeServer((req, res) => {
      const url = new URL(req.url, "http://x");
      const from = Number(url.searchParams.get("from") ?? 0);
      const limit = Number(url.searchParams.get("limit") ?? 100);
      const page = ids.slice(from, from + limit).map(report);
      const next = from + limit < ids.length ? { next_token: from + page.length } : {};
      sendJson(res, 200, { event_reports: page, total: ids.length, ...next });
    });
    const reports = createReportsApi(new SynapseClient({ baseUrl: server.url, accessToken: "t0k3n" }));
    const seen = await collect(reports.eventReports({ limit: 2, dir: "b" }));
    expect(seen.map((r) => r.id)).toEqual(ids);
    expect(server.requests.map((r) => new URL(r.url, "http://x").searchParams.get("from"))).toEqual([
      "0",
      "2",
      "4",
    ]);
  });

  it("throws when the server returns the same next_token again (the limit=0 / skipped-row loop)", async () => {
    server = await startFakeServer((_req, res) =>
      sendJson(res, 200, { event_reports: [report(5)], next_token: 1, total: 10 }),
    );
    const reports = createReportsApi(new SynapseClient({ baseUrl: server.url, accessToken: "t0k3n" }));
    await expect(collect(reports.eventReports({ limit: 1 }))).rejects.toThrow(
      /next_token 1 makes no progress from 1/,
    );
    expect(server.requests).toHaveLength(2);
  });

  it("refuses limit 0, which Synapse would answer with next_token == from forever", () => {
    const reports = createReportsApi(
      new SynapseClient({ baseUrl: "http://127.0.0.1:1", accessToken: "t0k3n" }),
    );
    expect(() => reports.listEventReports({ limit: 0 })).toThrow(RangeError);
  });

  it("drops repeats when new reports shift the offsets (dir=b), by id", async () => {
    const pages = [
      { items: [report(9), report(8)], nextToken: 2 },
      { items: [report(8), report(7)], nextToken: undefined }, // a new report arrived: 8 shifted into page 2
    ];
    const items = await collect(
      paginateOffset(async (from) => pages[from / 2]!, { key: (r) => r.id, path: "/t" }),
    );
    expect(items.map((r) => r.id)).toEqual([9, 8, 7]);
  });

  it("has a hard page cap for a server that pages forever", async () => {
    const endless = paginateOffset(async (from) => ({ items: [from], nextToken: from + 1 }), {
      maxPages: 50,
      path: "/endless",
    });
    const error = await collect(endless).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SynapsePaginationError);
    expect((error as Error).message).toMatch(/stopped after 50 pages/);
  });
});

describe("room messages pagination (from/end stream tokens)", () => {
  const event = (n: number) => ({
    event_id: `$${n}`,
    type: "m.room.message",
    sender: "@a:l",
    origin_server_ts: n,
    content: { body: `m${n}` },
  });

  it("follows end tokens and stops when end is absent", async () => {
    server = await startFakeServer((req, res) => {
      const from = new URL(req.url, "http://x").searchParams.get("from");
      if (from === null) return sendJson(res, 200, { chunk: [event(3), event(2)], start: "s0", end: "t1" });
      if (from === "t1") return sendJson(res, 200, { chunk: [event(1)], start: "t1" });
      sendJson(res, 400, { errcode: "M_INVALID_PARAM", error: "bad token" });
    });
    const rooms = createRoomsApi(new SynapseClient({ baseUrl: server.url, accessToken: "t0k3n" }));
    const events = await collect(rooms.messages("!room:localhost", { dir: "b", limit: 2 }));
    expect(events.map((e) => e.event_id)).toEqual(["$3", "$2", "$1"]);
    expect(server.requests[0]!.url).toContain("/rooms/%21room%3Alocalhost/messages?limit=2&dir=b");
  });

  it("throws when a token comes back that was already used", async () => {
    const looping = paginateTokens<number, string>(
      async (from) => ({ items: [1], next: from === "a" ? "b" : "a" }),
      { path: "/loop" },
    );
    await expect(collect(looping)).rejects.toThrow(/token a was returned twice/);
  });

  it("ends on an empty page even if a token is present", async () => {
    const items = await collect(
      paginateTokens<number, number>(async (from) => ({ items: from ? [] : [1], next: 7 }), { path: "/q" }),
    );
    expect(items).toEqual([1]);
  });
});
