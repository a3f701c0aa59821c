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
