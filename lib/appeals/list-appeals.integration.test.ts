import { describe, expect, it } from "vitest";

import { testDb } from "@/tests/integration/per-file-database";

import { listAppeals } from "./list-appeals";

describe("the appeals list", () => {
  it("orders waiting appeals by deadline, flags overdue ones, and shows child-safety appeals only to qualified reviewers", async () => {
    const db = testDb();
    const now = Date.now();
    const day = 86_400_000;
    const appeal = async (
      key: string,
      opts: { dueInDays: number; status?: "FILED" | "IN_REVIEW" | "DECIDED"; childSafety?: boolean },
    ) => {
      const subject = await db.subject.create({ data: { kind: "USER", key, isLocal: true } });
      const c = await db.case.create({
        data: { subjectId: subject.id, status: "APPEALED", childSafety: opts.childSafety ?? false },
      });
      const d = await db.decision.create({
        data: { caseId: c.id, outcome: "VIOLATION", statementOfReasons: "x" },
      });
      return db.appeal.create({
        data: {
          caseId: c.id,
          decisionId: d.id,
          appellantMxid: key,
          statement: "s".repeat(500),
          status: opts.status ?? "FILED",
          outcome: opts.status === "DECIDED" ? "UPHELD" : null,
          decidedAt: opts.status === "DECIDED" ? new Date() : null,
          dueAt: new Date(now + opts.dueInDays * day),
        },
      });
    };
    await appeal("@later:example.org", { dueInDays: 10 });
    await appeal("@overdue:example.org", { dueInDays: -1, status: "IN_REVIEW" });
    await appeal("@cs:example.org", { dueInDays: 5, childSafety: true });
    await appeal("@done:example.org", { dueInDays: -3, status: "DECIDED" });

    const plain = await listAppeals({ childSafety: false }, {}, db);
    expect(plain.waiting.map((a) => a.appellantMxid)).toEqual(["@overdue:example.org", "@later:example.org"]);
    expect(plain.waiting.map((a) => a.overdue)).toEqual([true, false]);
    expect(plain.waiting[0]!.statementExcerpt).toHaveLength(200);
    expect(plain.recent).toMatchObject([
      { appellantMxid: "@done:example.org", outcome: "UPHELD", overdue: false },
    ]);

    const qualified = await listAppeals({ childSafety: true }, {}, db);
    expect(qualified.waiting.map((a) => a.appellantMxid)).toEqual([
      "@overdue:example.org",
      "@cs:example.org",
      "@later:example.org",
    ]);
    expect(qualified.waiting[1]!.childSafety).toBe(true);
  });
});
