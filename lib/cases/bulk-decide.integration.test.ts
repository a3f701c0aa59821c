import { describe, expect, it } from "vitest";

import type { Db } from "@/lib/db/client";
import { testDb } from "@/tests/integration/per-file-database";

import { bulkDecide } from "./bulk-decide";
import { decideCase } from "./decide-case";
import { FRAUD, makeCase, makeReviewer, SOR, uid } from "./testing/decision-fixtures";

const LOCAL = "example.org";

const eventCase = (db: Db, sender: string, options: { childSafety?: boolean } = {}) =>
  makeCase(
    db,
    { kind: "EVENT", key: `$ev-${uid()}`, isLocal: true, server: LOCAL, senderMxid: sender },
    options,
  );

describe("bulkDecide", () => {
  it("decides every open case of a sender under one batchId, and reports conflicts and forbidden cases apart", async () => {
    const db = testDb();
    const lead = await makeReviewer(db, "LEAD");
    const sender = `@wave-${uid()}:${LOCAL}`;
    const [a, b, c] = [await eventCase(db, sender), await eventCase(db, sender), await eventCase(db, sender)];
    const guarded = await eventCase(db, sender, { childSafety: true });
    const unrelated = await eventCase(db, `@other-${uid()}:${LOCAL}`);

    const result = await bulkDecide(
      { db, localServerName: LOCAL },
      {
        selection: { sender },
        decision: {
          outcome: "VIOLATION",
          policyId: FRAUD,
          statementOfReasons: SOR,
          actions: [{ kind: "SUSPEND_USER", userId: sender }],
        },
      },
      { id: lead.id, mxid: lead.mxid },
    );
    const outcome = Object.fromEntries(result.results.map((r) => [r.caseId, r.outcome]));
    expect(outcome).toEqual({
      [a.id]: "decided",
      [b.id]: "decided",
      [c.id]: "decided",
      [guarded.id]: "forbidden",
    });
    expect(outcome[unrelated.id]).toBeUndefined();

    const decisions = await db.decision.findMany({
      where: { batchId: result.batchId },
      include: { actions: true },
    });
    expect(decisions).toHaveLength(3);
    // The suspension and the statement-of-reasons notice go out once for the whole batch.
    const kinds = decisions.flatMap((d) => d.actions.map((x) => x.kind)).sort();
    expect(kinds).toEqual(["SEND_SERVER_NOTICE", "SUSPEND_USER"]);
    const audited = await db.auditEvent.findMany({
      where: { type: "CASE_DECIDED", data: { path: ["batchId"], equals: result.batchId } },
    });
    expect(audited).toHaveLength(3);
    const summary = await db.auditEvent.findFirstOrThrow({
      where: { type: "BULK_DECISION_APPLIED", data: { path: ["batchId"], equals: result.batchId } },
    });
    expect(summary.data).toMatchObject({ requested: 4, decided: 3, conflict: 0, forbidden: 1, error: 0 });
  });

  it("a concurrent decision on one case yields one conflict and leaves the others decided", async () => {
    const db = testDb();
    const [lead, mod] = [await makeReviewer(db, "LEAD"), await makeReviewer(db, "MODERATOR")];
    const sender = `@race-${uid()}:${LOCAL}`;
    const cases = [await eventCase(db, sender), await eventCase(db, sender), await eventCase(db, sender)];
    const raced = cases[1]?.id ?? "";
    const single = decideCase(
      db,
      { caseId: raced, outcome: "NO_VIOLATION", statementOfReasons: SOR },
      { id: mod.id, mxid: mod.mxid },
    );
    const bulk = bulkDecide(
      { db, localServerName: LOCAL },
      {
        selection: { caseIds: [...cases.map((x) => x.id), "no-such-case"] },
        decision: { outcome: "NO_VIOLATION", statementOfReasons: SOR },
      },
      { id: lead.id, mxid: lead.mxid },
    );
    const [singleResult, bulkResult] = await Promise.allSettled([single, bulk]);
    if (bulkResult.status !== "fulfilled") throw bulkResult.reason;
    const outcomes = bulkResult.value.results.map((r) => r.outcome);
    // Whoever got there first won; the loser is exactly one conflict, and nothing else is affected.
    const singleWon = singleResult.status === "fulfilled";
    expect(outcomes).toEqual(["decided", singleWon ? "conflict" : "decided", "decided", "error"]);
    if (!singleWon) expect(singleResult.reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.decision.count({ where: { caseId: raced } })).toBe(1);
  });

  it("refuses reviewers without case.bulk_decide and bad decisions before touching any case", async () => {
    const db = testDb();
    const mod = await makeReviewer(db, "MODERATOR");
    const lead = await makeReviewer(db, "LEAD");
    const c = await eventCase(db, `@x-${uid()}:${LOCAL}`);
    const decision = { outcome: "NO_VIOLATION", statementOfReasons: SOR };
    await expect(
      bulkDecide(
        { db, localServerName: LOCAL },
        { selection: { caseIds: [c.id] }, decision },
        { id: mod.id, mxid: mod.mxid },
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      bulkDecide(
        { db, localServerName: LOCAL },
        { selection: { caseIds: [c.id] }, decision: { outcome: "VIOLATION", statementOfReasons: SOR } },
        { id: lead.id, mxid: lead.mxid },
      ),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.decision.count({ where: { caseId: c.id } })).toBe(0);
  });
});
