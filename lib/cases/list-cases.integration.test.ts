import { describe, expect, it } from "vitest";

import { testDb } from "@/tests/integration/per-file-database";

import { listCases } from "./list-cases";

async function makeCase(key: string, priority: number, openedAt: string, extra: { childSafety?: boolean; status?: "OPEN" | "DECIDED" } = {}) {
  const subject = await testDb().subject.create({ data: { kind: "USER", key, isLocal: true, server: "example.org" } });
  return testDb().case.create({
    data: { subjectId: subject.id, priority, openedAt: new Date(openedAt), childSafety: extra.childSafety ?? false, status: extra.status ?? "OPEN" },
  });
}

describe("the queue listing", () => {
  it("orders by priority then age, pages with a cursor, and hides what the reviewer may not see", async () => {
    await makeCase("@low:example.org", 10, "2026-11-01T00:00:00Z");
    await makeCase("@high-new:example.org", 90, "2026-11-20T00:00:00Z");
    await makeCase("@high-old:example.org", 90, "2026-11-02T00:00:00Z");
    await makeCase("@mid:example.org", 50, "2026-11-03T00:00:00Z");
    await makeCase("@csam:example.org", 100, "2026-11-04T00:00:00Z", { childSafety: true });
    await makeCase("@done:example.org", 99, "2026-11-05T00:00:00Z", { status: "DECIDED" });

    const reviewer = { childSafety: false };
    const first = await listCases(reviewer, { limit: 2 }, testDb());
    expect(first.items.map((c) => c.subject.key)).toEqual(["@high-old:example.org", "@high-new:example.org"]);
    expect(first.nextCursor).not.toBeNull();
    const second = await listCases(reviewer, { limit: 2, cursor: first.nextCursor! }, testDb());
    expect(second.items.map((c) => c.subject.key)).toEqual(["@mid:example.org", "@low:example.org"]);
    expect(second.nextCursor).toBeNull();

    const qualified = await listCases({ childSafety: true }, { limit: 10 }, testDb());
    expect(qualified.items[0]?.subject.key).toBe("@csam:example.org");
    const decided = await listCases(reviewer, { status: "DECIDED" }, testDb());
    expect(decided.items.map((c) => c.subject.key)).toEqual(["@done:example.org"]);
  });

  it("rejects a forged cursor", async () => {
    await expect(listCases({ childSafety: false }, { cursor: "bm90LWpzb24" }, testDb())).rejects.toThrow(/cursor is not valid/);
  });
});

describe("queue filters, sorts and pages", () => {
  const NOW = new Date("2026-12-10T00:00:00Z");
  const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);

  async function seed() {
    const db = testDb();
    // This file has its own database: start each test from an empty queue.
    await db.signal.deleteMany();
    await db.case.deleteMany();
    await db.subject.deleteMany();
    const me = await db.reviewer.create({ data: { mxid: `@me-${Math.random()}:example.org`, role: "TRIAGE" } });
    const specs = [
      { key: "@a:example.org", kind: "USER", isLocal: true, priority: 50, age: 1, source: "USER_REPORT", policy: "org.matrix.msc4456.spam.fraud" },
      { key: "@b:remote.example", kind: "USER", isLocal: false, priority: 50, age: 30, source: "EVENT_REPORT", policy: null },
      { key: "!room:example.org", kind: "ROOM", isLocal: true, priority: 50, age: 80, source: "ROOM_REPORT", policy: "org.matrix.msc4456.harassment.hate" },
      { key: "$ev1", kind: "EVENT", isLocal: true, priority: 70, age: 5, source: "EVENT_REPORT", policy: "org.matrix.msc4456.spam", roomId: "!room:example.org" },
      { key: "$ev2", kind: "EVENT", isLocal: false, priority: 20, age: 200, source: "POLICY_SERVER_WEBHOOK", policy: "org.matrix.msc4456.spam.flooding", sender: "@b:remote.example" },
      { key: "mxc://example.org/m1", kind: "MEDIA", isLocal: true, priority: 50, age: 30, source: "HASH_MATCH", policy: null },
      { key: "@c:example.org", kind: "USER", isLocal: true, priority: 90, age: 2, source: "USER_REPORT", policy: null, status: "ON_HOLD" },
    ] as const;
    const ids: Record<string, string> = {};
    for (const s of specs) {
      const subject = await db.subject.create({
        data: {
          kind: s.kind,
          key: s.key,
          isLocal: s.isLocal,
          roomId: "roomId" in s ? s.roomId : null,
          senderMxid: "sender" in s ? s.sender : null,
        },
      });
      const row = await db.case.create({
        data: {
          subjectId: subject.id,
          priority: s.priority,
          openedAt: hoursAgo(s.age),
          suggestedPolicyId: s.policy,
          status: "status" in s ? s.status : "OPEN",
          ...(s.key === "@a:example.org" ? { claimedById: me.id, claimExpiresAt: new Date(NOW.getTime() + 60_000) } : {}),
        },
      });
      await db.signal.create({
        data: { source: s.source, sourceId: `${s.key}-${Math.random()}`, subjectId: subject.id, caseId: row.id, occurredAt: hoursAgo(s.age), raw: {} },
      });
      ids[s.key] = row.id;
    }
    return { me };
  }

  async function all(query: Parameters<typeof listCases>[1], reviewer: { id?: string; childSafety: boolean } = { childSafety: false }) {
    const keys: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listCases(reviewer, { ...query, limit: 2, ...(cursor ? { cursor } : {}) }, testDb(), NOW);
      keys.push(...page.items.map((i) => i.subject.key));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return keys;
  }

  it("pages every sort to the same order as one big page, ties broken by id", async () => {
    await seed();
    for (const sort of ["priority", "oldest", "newest"] as const) {
      const big = (await listCases({ childSafety: false }, { sort, limit: 200 }, testDb(), NOW)).items.map((i) => i.subject.key);
      expect(await all({ sort })).toEqual(big);
      expect(big).toHaveLength(7);
    }
    expect((await all({ sort: "oldest" })).slice(0, 2)).toEqual(["$ev2", "!room:example.org"]);
    expect((await all({ sort: "newest" }))[0]).toBe("@a:example.org");
    expect((await all({}))[0]).toBe("@c:example.org");
  });

  it("filters by status, source, harm, kind, origin, room, mine, age and subject", async () => {
    const { me } = await seed();
    const sorted = async (q: Parameters<typeof listCases>[1], r?: { id?: string; childSafety: boolean }) => (await all(q, r)).sort();
    expect(await sorted({ status: "ON_HOLD" })).toEqual(["@c:example.org"]);
    expect(await sorted({ source: "EVENT_REPORT" })).toEqual(["$ev1", "@b:remote.example"]);
    expect(await sorted({ harm: "org.matrix.msc4456.spam" })).toEqual(["$ev1", "$ev2", "@a:example.org"]);
    expect(await sorted({ harm: "none" })).toEqual(["@b:remote.example", "@c:example.org", "mxc://example.org/m1"]);
    expect(await sorted({ kind: "EVENT" })).toEqual(["$ev1", "$ev2"]);
    expect(await sorted({ origin: "remote" })).toEqual(["$ev2", "@b:remote.example"]);
    expect(await sorted({ room: "!room:example.org" })).toEqual(["!room:example.org", "$ev1"]);
    expect(await sorted({ mine: "1" }, { id: me.id, childSafety: false })).toEqual(["@a:example.org"]);
    expect(await sorted({ mine: "1" })).toEqual([]);
    expect(await sorted({ age: "72h" })).toEqual(["!room:example.org", "$ev2"]);
    expect(await sorted({ subject: "@b:remote.example" })).toEqual(["$ev2", "@b:remote.example"]);
    expect(await sorted({ subject: "@nobody:example.org", status: "all" })).toEqual([]);
    expect(await sorted({ kind: "USER", origin: "local", sort: "newest" })).toEqual(["@a:example.org", "@c:example.org"]);
  });

  it("rejects a cursor from another sort", async () => {
    await seed();
    const first = await listCases({ childSafety: false }, { sort: "oldest", limit: 1 }, testDb(), NOW);
    await expect(listCases({ childSafety: false }, { sort: "newest", cursor: first.nextCursor! }, testDb(), NOW)).rejects.toThrow(/cursor/);
  });
});
