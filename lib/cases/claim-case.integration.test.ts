import { randomBytes } from "node:crypto";

import { describe, expect, it } from "vitest";

import type { Db } from "@/lib/db/client";
import type { ReviewerRole } from "@/lib/generated/prisma/enums";
import { testDb } from "@/tests/integration/per-file-database";

import { claimCase } from "./claim-case";
import type { ClaimActor } from "./claim-schemas";
import { escalateCase } from "./escalate-case";
import { holdCase } from "./hold-case";
import { releaseCase } from "./release-case";
import { renewClaim } from "./renew-claim";

const uid = () => randomBytes(5).toString("hex");
const T0 = new Date("2026-12-01T10:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const at = (n: number) => ({ now: minutes(n), timeoutMinutes: 15 });

async function reviewer(db: Db, role: ReviewerRole = "TRIAGE", childSafety = false): Promise<ClaimActor> {
  const row = await db.reviewer.create({ data: { mxid: `@r-${uid()}:example.org`, role, childSafety } });
  return { id: row.id, mxid: row.mxid, role: row.role, childSafety: row.childSafety };
}

async function openCase(db: Db, options: { childSafety?: boolean; status?: "OPEN" | "ON_HOLD" | "ESCALATED" | "DECIDED" } = {}) {
  const subject = await db.subject.create({ data: { kind: "USER", key: `@s-${uid()}:example.org`, isLocal: true } });
  return db.case.create({ data: { subjectId: subject.id, status: options.status ?? "OPEN", childSafety: options.childSafety ?? false } });
}

const audits = (db: Db, caseId: string) =>
  db.auditEvent.findMany({ where: { targetType: "case", targetId: caseId }, orderBy: { seq: "asc" } });

describe("claiming a case", () => {
  it("claims, renews its own claim, and answers CONFLICT naming whoever holds it", async () => {
    const db = testDb();
    const c = await openCase(db);
    const alice = await reviewer(db);
    const bob = await reviewer(db);

    expect(await claimCase(db, { caseId: c.id }, alice, at(0))).toMatchObject({ renewed: false, claimExpiresAt: minutes(15).toISOString() });
    await expect(claimCase(db, { caseId: c.id }, bob, at(5))).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining(alice.mxid) as unknown,
    });
    expect(await renewClaim(db, { caseId: c.id }, alice, at(10))).toMatchObject({ renewed: true, claimExpiresAt: minutes(25).toISOString() });
    // Alice walks away; after the claim lapses Bob may take it, and Alice's renewal then fails with his name.
    expect(await claimCase(db, { caseId: c.id }, bob, at(26))).toMatchObject({ renewed: false });
    await expect(renewClaim(db, { caseId: c.id }, alice, at(27))).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining(bob.mxid) as unknown,
    });

    const rows = await audits(db, c.id);
    expect(rows.map((r) => [r.type, (r.data as { via: string }).via, r.actorId])).toEqual([
      ["CASE_CLAIMED", "claim", alice.id],
      ["CASE_CLAIMED", "renew", alice.id],
      ["CASE_CLAIMED", "claim", bob.id],
    ]);
    expect(rows[2]?.data).toMatchObject({ previousClaimantId: alice.id });
  });

  it("hides child-safety cases from unqualified reviewers and keeps escalated cases for leads", async () => {
    const db = testDb();
    const csam = await openCase(db, { childSafety: true });
    await expect(claimCase(db, { caseId: csam.id }, await reviewer(db, "ADMIN"), at(0))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(claimCase(db, { caseId: csam.id }, await reviewer(db, "TRIAGE", true), at(0))).resolves.toBeTruthy();

    const escalated = await openCase(db, { status: "ESCALATED" });
    await expect(claimCase(db, { caseId: escalated.id }, await reviewer(db, "MODERATOR"), at(0))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(claimCase(db, { caseId: escalated.id }, await reviewer(db, "LEAD"), at(0))).resolves.toBeTruthy();

    const decided = await openCase(db, { status: "DECIDED" });
    await expect(claimCase(db, { caseId: decided.id }, await reviewer(db), at(0))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(claimCase(db, { caseId: "nope" }, await reviewer(db), at(0))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets exactly one of two simultaneous claims win", async () => {
    const db = testDb();
    const c = await openCase(db);
    const [a, b] = await Promise.allSettled([
      claimCase(db, { caseId: c.id }, await reviewer(db), at(0)),
      claimCase(db, { caseId: c.id }, await reviewer(db), at(0)),
    ]);
    expect([a.status, b.status].sort()).toEqual(["fulfilled", "rejected"]);
    expect((await audits(db, c.id)).filter((r) => r.type === "CASE_CLAIMED")).toHaveLength(1);
  });
});

describe("release, hold and escalate", () => {
  it("releases only your own claim, unless a lead forces it", async () => {
    const db = testDb();
    const c = await openCase(db);
    const alice = await reviewer(db);
    await claimCase(db, { caseId: c.id }, alice, at(0));
    await expect(releaseCase(db, { caseId: c.id }, await reviewer(db, "MODERATOR"), at(1))).rejects.toMatchObject({ code: "CONFLICT" });

    const lead = await reviewer(db, "LEAD");
    await releaseCase(db, { caseId: c.id }, lead, at(2));
    expect(await db.case.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ claimedById: null, claimExpiresAt: null });
    await expect(releaseCase(db, { caseId: c.id }, alice, at(3))).rejects.toMatchObject({ code: "CONFLICT" });

    await claimCase(db, { caseId: c.id }, alice, at(4));
    await releaseCase(db, { caseId: c.id }, alice, at(5));
    const released = (await audits(db, c.id)).filter((r) => r.type === "CASE_RELEASED").map((r) => r.data);
    expect(released).toEqual([
      { caseNumber: c.number, claimantId: alice.id, forced: true },
      { caseNumber: c.number, claimantId: alice.id, forced: false },
    ]);
  });

  it("holds and escalates with a required note, clears the claim and audits the move", async () => {
    const db = testDb();
    const c = await openCase(db);
    const me = await reviewer(db);
    await claimCase(db, { caseId: c.id }, me, at(0));

    await expect(holdCase(db, { caseId: c.id, note: "" }, me, at(1))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const held = await holdCase(db, { caseId: c.id, note: "Waiting for the room admin's reply" }, me, at(1));
    expect(held.status).toBe("ON_HOLD");
    expect(await db.case.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      status: "ON_HOLD",
      statusNote: "Waiting for the room admin's reply",
      claimedById: null,
    });
    await expect(holdCase(db, { caseId: c.id, note: "again please" }, me, at(2))).rejects.toMatchObject({ code: "CONFLICT" });

    await expect(escalateCase(db, { caseId: c.id, note: "   " }, me, at(3))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // A page that loaded the case before the hold is stale.
    await expect(
      escalateCase(db, { caseId: c.id, note: "Looks like CSEA, needs a lead", expectedUpdatedAt: c.updatedAt.toISOString() }, me, at(3)),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/changed since you loaded it/) as unknown });
    const escalated = await escalateCase(
      db,
      { caseId: c.id, note: "Looks like CSEA, needs a lead", expectedUpdatedAt: held.updatedAt },
      me,
      at(3),
    );
    expect(escalated.status).toBe("ESCALATED");

    const moves = (await audits(db, c.id)).filter((r) => r.type === "CASE_HELD" || r.type === "CASE_ESCALATED");
    expect(moves.map((r) => [r.type, r.data])).toEqual([
      ["CASE_HELD", { caseNumber: c.number, fromStatus: "OPEN", note: "Waiting for the room admin's reply" }],
      ["CASE_ESCALATED", { caseNumber: c.number, fromStatus: "ON_HOLD", note: "Looks like CSEA, needs a lead" }],
    ]);
  });

  it("refuses to hold or escalate a case someone else is reviewing, unless a lead overrules", async () => {
    const db = testDb();
    const c = await openCase(db);
    const alice = await reviewer(db);
    await claimCase(db, { caseId: c.id }, alice, at(0));
    await expect(holdCase(db, { caseId: c.id, note: "not yours" }, await reviewer(db), at(1))).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining(alice.mxid) as unknown,
    });
    await expect(escalateCase(db, { caseId: c.id, note: "lead takes it" }, await reviewer(db, "LEAD"), at(1))).resolves.toMatchObject({
      status: "ESCALATED",
    });
    // Once decided, nothing moves it back.
    await db.case.update({ where: { id: c.id }, data: { status: "DECIDED" } });
    await expect(holdCase(db, { caseId: c.id, note: "too late now" }, alice, at(2))).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
