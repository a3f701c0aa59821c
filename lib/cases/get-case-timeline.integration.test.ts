import { describe, expect, it } from "vitest";

import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { testDb } from "@/tests/integration/per-file-database";

import { claimCase } from "./claim-case";
import { escalateCase } from "./escalate-case";
import { describeAuditEvent, getCaseTimeline } from "./get-case-timeline";
import { makeCase, makeReviewer, uid } from "./testing/decision-fixtures";

const userSubject = () => ({ kind: "USER" as const, key: `@u-${uid()}:example.org`, isLocal: true });

async function reveal(caseId: string | null, mxc: string, actor: { id: string; mxid: string }) {
  await testDb().$transaction((tx) =>
    recordAuditEvent(tx, {
      type: "MEDIA_REVEALED",
      actor: { kind: "reviewer", ...actor },
      target: { type: "media", id: mxc },
      data: { mxc, caseId, sha256: "ab".repeat(32), childSafety: false, overBudget: false },
    }),
  );
}

async function opened(caseId: string) {
  await testDb().$transaction((tx) =>
    recordAuditEvent(tx, {
      type: "CASE_OPENED",
      actor: { kind: "system", name: "intake" },
      target: { type: "case", id: caseId },
      data: { subjectKind: "USER", subjectKey: "@x:example.org", source: "EVENT_REPORT", signalIds: [], signalCount: 2, previousCaseId: null },
    }),
  );
}

describe("a case's timeline", () => {
  it("tells the case's story, newest last, with the reveals that name it and nothing about other cases", async () => {
    const db = testDb();
    const [lead, moderator] = [await makeReviewer(db, "LEAD"), await makeReviewer(db, "MODERATOR")];
    const [mine, other] = [await makeCase(db, userSubject()), await makeCase(db, userSubject())];
    await opened(mine.id);
    await opened(other.id);
    const actor = { id: moderator.id, mxid: moderator.mxid, role: moderator.role, childSafety: false };
    await claimCase(db, { caseId: mine.id }, actor);
    await reveal(mine.id, "mxc://example.org/a", moderator);
    await reveal(other.id, "mxc://example.org/b", moderator);
    await reveal(null, "mxc://example.org/c", moderator);
    await escalateCase(db, { caseId: mine.id, note: "Looks like a coordinated raid" }, actor);

    const timeline = await getCaseTimeline(lead, mine.id, db);
    expect(timeline.events.map((e) => e.type)).toEqual(["CASE_OPENED", "CASE_CLAIMED", "MEDIA_REVEALED", "CASE_ESCALATED"]);
    expect(timeline.events.map((e) => e.actorLabel)).toEqual(["system:intake", moderator.mxid, moderator.mxid, moderator.mxid]);
    expect(timeline.events[2]?.summary).toBe("Revealed mxc://example.org/a");
    expect(timeline.events[3]?.summary).toBe("Escalated to a lead: Looks like a coordinated raid");
    expect(timeline.omitted).toBe(0);

    const newest = await getCaseTimeline(lead, mine.id, db, 2);
    expect(newest.events.map((e) => e.type)).toEqual(["MEDIA_REVEALED", "CASE_ESCALATED"]);
    expect(newest.omitted).toBe(2);
  });

  it("is for leads only, and hides child-safety cases from the unqualified", async () => {
    const db = testDb();
    const [lead, moderator] = [await makeReviewer(db, "LEAD"), await makeReviewer(db, "MODERATOR")];
    const hidden = await makeCase(db, userSubject(), { childSafety: true });
    await expect(getCaseTimeline(moderator, hidden.id, db)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getCaseTimeline(lead, hidden.id, db)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCaseTimeline(lead, "no such id!", db)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const qualified = await makeReviewer(db, "LEAD", { childSafety: true });
    expect((await getCaseTimeline(qualified, hidden.id, db)).events).toEqual([]);
  });

  it("describes events in one bounded line, falling back to the type", () => {
    expect(describeAuditEvent("CASE_CLAIMED", { via: "next", expiresAt: "2026-01-02T10:15:00.000Z" })).toBe(
      "Claimed via Next case until 10:15 UTC",
    );
    expect(describeAuditEvent("CASE_DECIDED", { outcome: "VIOLATION", policyId: "spam", actionKinds: ["SUSPEND_USER"], batchId: null })).toBe(
      "Decided: Violation of spam (SUSPEND_USER)",
    );
    expect(describeAuditEvent("ENFORCEMENT_FAILED", { kind: "SUSPEND_USER", error: "boom" })).toBe("SUSPEND_USER failed: boom");
    expect(describeAuditEvent("CASE_HELD", { note: "x".repeat(1000) }).length).toBeLessThan(320);
    expect(describeAuditEvent("SOMETHING_NEW", null)).toBe("SOMETHING_NEW");
  });
});
