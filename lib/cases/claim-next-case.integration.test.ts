import { randomBytes } from "node:crypto";

import { describe, expect, it } from "vitest";

import type { Db } from "@/lib/db/client";
import type { ReviewerRole } from "@/lib/generated/prisma/enums";
import { testDb } from "@/tests/integration/per-file-database";

import { claimNextCase } from "./claim-next-case";
import type { ClaimActor } from "./claim-schemas";

const uid = () => randomBytes(5).toString("hex");
const T0 = new Date("2026-12-01T10:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

async function reviewer(db: Db, role: ReviewerRole = "TRIAGE", childSafety = false): Promise<ClaimActor> {
  const row = await db.reviewer.create({ data: { mxid: `@r-${uid()}:example.org`, role, childSafety } });
  return { id: row.id, mxid: row.mxid, role: row.role, childSafety: row.childSafety };
}

async function openCase(db: Db, options: { priority?: number; childSafety?: boolean; status?: "OPEN" | "ON_HOLD" | "ESCALATED"; openedAt?: Date } = {}) {
  const key = `@s-${uid()}:example.org`;
  const subject = await db.subject.create({ data: { kind: "USER", key, isLocal: true, server: "example.org" } });
  const row = await db.case.create({
    data: {
      subjectId: subject.id,
      priority: options.priority ?? 50,
      childSafety: options.childSafety ?? false,
      status: options.status ?? "OPEN",
      openedAt: options.openedAt ?? T0,
      signalCount: 1,
      reporterCount: 1,
    },
  });
  await db.signal.create({
    data: { source: "USER_REPORT", sourceId: uid(), subjectId: subject.id, caseId: row.id, reporterMxid: "@rep:example.org", reason: "spam", occurredAt: T0, raw: {} },
  });
  return row;
}

// Each test works on its own cases: earlier tests' leftovers are released or claimed at T0, so they cannot be
// handed out again at T0 unless a test moves the clock; tests that need an empty queue close the rest first.
async function closeAllOpen(db: Db) {
  await db.case.updateMany({ where: { status: { in: ["OPEN", "ON_HOLD", "ESCALATED"] } }, data: { status: "CLOSED" } });
}

describe("claimNextCase", () => {
  it("gives 20 reviewers pressing at once 10 distinct cases and 10 'nothing to claim'", async () => {
    const db = testDb();
    await closeAllOpen(db);
    const cases = await Promise.all(Array.from({ length: 10 }, (_, i) => openCase(db, { priority: 10 + i })));
    const reviewers = await Promise.all(Array.from({ length: 20 }, () => reviewer(db)));

    const results = await Promise.all(reviewers.map((r) => claimNextCase(db, {}, r, { now: T0, timeoutMinutes: 15 })));

    const claimed = results.flatMap((r) => (r.outcome === "claimed" ? [r.caseId] : []));
    expect(claimed).toHaveLength(10);
    expect(new Set(claimed).size).toBe(10);
    expect(new Set(claimed)).toEqual(new Set(cases.map((c) => c.id)));
    expect(results.filter((r) => r.outcome === "empty")).toHaveLength(10);

    const rows = await db.case.findMany({ where: { id: { in: claimed } } });
    const holders = rows.map((r) => r.claimedById);
    expect(new Set(holders).size).toBe(10);
    expect(rows.every((r) => r.claimExpiresAt?.getTime() === minutes(15).getTime())).toBe(true);
    const audits = await db.auditEvent.findMany({ where: { type: "CASE_CLAIMED", targetId: { in: claimed } } });
    expect(audits).toHaveLength(10);
    expect(audits.every((a) => (a.data as { via: string }).via === "next")).toBe(true);
  });

  it("hands out the highest priority first and routes child-safety cases only to qualified reviewers", async () => {
    const db = testDb();
    await closeAllOpen(db);
    const csam = await openCase(db, { priority: 100, childSafety: true });
    const spam = await openCase(db, { priority: 40 });
    const older = await openCase(db, { priority: 40, openedAt: minutes(-60) });

    const plain = await claimNextCase(db, {}, await reviewer(db), { now: T0 });
    expect(plain).toMatchObject({ outcome: "claimed", caseId: older.id });
    const plain2 = await claimNextCase(db, {}, await reviewer(db, "LEAD"), { now: T0 });
    expect(plain2).toMatchObject({ outcome: "claimed", caseId: spam.id });
    expect(await claimNextCase(db, {}, await reviewer(db, "ADMIN"), { now: T0 })).toEqual({ outcome: "empty" });

    const qualified = await claimNextCase(db, {}, await reviewer(db, "TRIAGE", true), { now: T0 });
    expect(qualified).toMatchObject({ outcome: "claimed", caseId: csam.id });
  });

  it("gives a reviewer who holds a live claim that case back instead of a new one", async () => {
    const db = testDb();
    await closeAllOpen(db);
    const first = await openCase(db, { priority: 90 });
    await openCase(db, { priority: 10 });
    const me = await reviewer(db);

    const a = await claimNextCase(db, {}, me, { now: T0 });
    const b = await claimNextCase(db, {}, me, { now: minutes(5) });
    expect(a).toMatchObject({ outcome: "claimed", caseId: first.id });
    expect(b).toMatchObject({ outcome: "resumed", caseId: first.id, claimExpiresAt: minutes(15).toISOString() });
    // Two presses at the same instant still end with one claim.
    const other = await reviewer(db);
    const both = await Promise.all([claimNextCase(db, {}, other, { now: T0 }), claimNextCase(db, {}, other, { now: T0 })]);
    expect(both.map((r) => r.outcome).sort()).toEqual(["claimed", "resumed"]);
    expect(await db.case.count({ where: { claimedById: other.id } })).toBe(1);
  });

  it("takes over a lapsed claim, records whose it was, and never hands out held or escalated cases", async () => {
    const db = testDb();
    await closeAllOpen(db);
    await openCase(db, { priority: 99, status: "ON_HOLD" });
    await openCase(db, { priority: 98, status: "ESCALATED" });
    const target = await openCase(db, { priority: 50 });
    const alice = await reviewer(db);
    const bob = await reviewer(db);

    expect(await claimNextCase(db, {}, alice, { now: T0, timeoutMinutes: 15 })).toMatchObject({ caseId: target.id });
    expect(await claimNextCase(db, {}, bob, { now: minutes(14) })).toEqual({ outcome: "empty" });
    const taken = await claimNextCase(db, {}, bob, { now: minutes(16), timeoutMinutes: 15 });
    expect(taken).toMatchObject({ outcome: "claimed", caseId: target.id, claimExpiresAt: minutes(31).toISOString() });

    const audit = await db.auditEvent.findFirst({ where: { type: "CASE_CLAIMED", targetId: target.id, actorId: bob.id } });
    expect(audit?.data).toMatchObject({ previousClaimantId: alice.id, via: "next" });
  });
});
