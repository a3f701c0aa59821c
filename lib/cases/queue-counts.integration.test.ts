import { describe, expect, it } from "vitest";

import { testDb } from "@/tests/integration/per-file-database";

import { countQueue } from "./queue-counts";

describe("queue counts", () => {
  it("counts open cases per filter value, hiding child-safety cases from unqualified reviewers", async () => {
    const db = testDb();
    const now = new Date("2026-12-10T00:00:00Z");
    const me = await db.reviewer.create({ data: { mxid: "@counter:example.org", role: "TRIAGE" } });
    const make = async (key: string, kind: "USER" | "ROOM", isLocal: boolean, extra: { status?: "OPEN" | "ON_HOLD" | "DECIDED"; childSafety?: boolean; policy?: string; ageH?: number; mine?: boolean }) => {
      const subject = await db.subject.create({ data: { kind, key, isLocal } });
      const c = await db.case.create({
        data: {
          subjectId: subject.id,
          status: extra.status ?? "OPEN",
          childSafety: extra.childSafety ?? false,
          suggestedPolicyId: extra.policy ?? null,
          openedAt: new Date(now.getTime() - (extra.ageH ?? 1) * 3_600_000),
          ...(extra.mine ? { claimedById: me.id, claimExpiresAt: new Date(now.getTime() + 60_000) } : {}),
        },
      });
      await db.signal.create({ data: { source: "USER_REPORT", sourceId: key, subjectId: subject.id, caseId: c.id, occurredAt: now, raw: {} } });
      await db.signal.create({ data: { source: "USER_REPORT", sourceId: `${key}#2`, subjectId: subject.id, caseId: c.id, occurredAt: now, raw: {} } });
    };
    await make("@a:example.org", "USER", true, { policy: "org.matrix.msc4456.spam.fraud", ageH: 30, mine: true });
    await make("@b:remote.example", "USER", false, { status: "ON_HOLD", ageH: 100 });
    await make("!r:example.org", "ROOM", true, { policy: "org.matrix.msc4456.spam" });
    await make("@kid:example.org", "USER", true, { childSafety: true, policy: "org.matrix.msc4456.child_safety.grooming" });
    await make("@done:example.org", "USER", true, { status: "DECIDED" });

    const counts = await countQueue(db, {}, { id: me.id, childSafety: false }, now);
    expect(counts).toEqual({
      total: 3,
      status: { OPEN: 2, ON_HOLD: 1 },
      kind: { USER: 2, ROOM: 1 },
      origin: { local: 2, remote: 1 },
      harm: { "org.matrix.msc4456.spam": 2, none: 1 },
      source: { USER_REPORT: 3 },
      age: { "24h": 2, "72h": 1, "7d": 0 },
      mine: 1,
      unclaimed: 2,
    });
    const qualified = await countQueue(db, {}, { id: me.id, childSafety: true }, now);
    expect(qualified.total).toBe(4);
    expect(qualified.harm["org.matrix.msc4456.child_safety"]).toBe(1);
  });
});
