import { describe, expect, it } from "vitest";

import { makeReviewer, uid } from "@/lib/cases/testing/decision-fixtures";
import { testDb } from "@/tests/integration/per-file-database";

import { getCaseDetail } from "./get-case-detail";

async function subject(kind: "USER" | "ROOM" | "EVENT", key: string, extra: { roomId?: string; senderMxid?: string } = {}) {
  return testDb().subject.create({ data: { kind, key, isLocal: true, server: "example.org", ...extra } });
}

const enrichment = (sender: string, roomId: string) => ({
  version: 1,
  capturedAt: "2026-11-20T10:00:00.000Z",
  event: { eventId: "$e", type: "m.room.message", sender, roomId, originServerTs: 1, content: { body: "hi" }, softFailed: false, policyServerSpammy: false },
  context: { before: [], after: [] },
  room: { roomId, name: "Room", canonicalAlias: null, topic: null, joinedMembers: 3, public: true },
  sender: { userId: sender, local: true, displayName: "Spammer", createdAt: 1, suspended: true, locked: false, deactivated: false, shadowBanned: null },
  media: [{ mxc: "mxc://example.org/abc", mimetype: "image/png", size: 10, uploadName: "a.png", quarantined: false }],
  earlierCaseIds: [],
  errors: [],
});

describe("getCaseDetail", () => {
  it("gathers signals, enrichment, decisions with actions, appeals, claim and related open cases", async () => {
    const db = testDb();
    const moderator = await makeReviewer(db, "MODERATOR");
    const sender = `@spam-${uid()}:example.org`;
    const roomId = `!room-${uid()}:example.org`;
    const s = await subject("EVENT", `$ev-${uid()}`, { roomId, senderMxid: sender });
    const earlier = await db.case.create({ data: { subjectId: (await subject("USER", `@old-${uid()}:example.org`)).id, status: "DECIDED" } });
    const c = await db.case.create({
      data: {
        subjectId: s.id,
        enrichment: { ...enrichment(sender, roomId), earlierCaseIds: [earlier.id] },
        claimedById: moderator.id,
        claimExpiresAt: new Date(Date.now() + 60_000),
      },
    });
    await db.signal.createMany({
      data: [
        { source: "EVENT_REPORT", sourceId: uid(), subjectId: s.id, caseId: c.id, reporterMxid: "@r:example.org", reason: "x".repeat(20_000), score: -100, occurredAt: new Date("2026-11-20T10:00:00Z"), raw: { reason: "x" } },
        {
          source: "POLICY_SERVER_WEBHOOK", sourceId: uid(), subjectId: s.id, caseId: c.id, occurredAt: new Date("2026-11-20T11:00:00Z"), harmIds: ["org.matrix.msc4456.spam"],
          raw: { parsed: { filterResponses: { KeywordFilter: ["spam", "org.matrix.msc4456.spam"] }, harmIds: ["org.matrix.msc4456.spam"], hellban: false } },
        },
      ],
    });
    const decision = await db.decision.create({ data: { caseId: c.id, reviewerId: moderator.id, outcome: "VIOLATION", policyId: "org.matrix.msc4456.spam", statementOfReasons: "spam" } });
    await db.enforcementAction.create({ data: { decisionId: decision.id, kind: "SUSPEND_USER", target: sender, status: "FAILED", lastError: "boom" } });
    await db.appeal.create({ data: { caseId: c.id, decisionId: decision.id, appellantMxid: sender, statement: "not me", dueAt: new Date("2026-12-20T00:00:00Z") } });
    const sameSender = await db.case.create({ data: { subjectId: (await subject("USER", sender)).id } });
    const sameRoom = await db.case.create({ data: { subjectId: (await subject("ROOM", roomId)).id } });
    await db.case.create({ data: { subjectId: (await subject("ROOM", `!other-${uid()}:example.org`)).id } });

    const detail = await getCaseDetail(moderator, c.id, db);
    expect(detail.sender).toBe(sender);
    expect(detail.signals.map((x) => x.source)).toEqual(["EVENT_REPORT", "POLICY_SERVER_WEBHOOK"]);
    expect(detail.signals[0]?.reason).toMatchObject({ truncated: true, totalLength: 20_000 });
    expect(detail.signals[0]?.reason?.text.length).toBe(8_000);
    expect(detail.signals[1]?.policyServer?.filters).toEqual([{ name: "KeywordFilter", responses: ["spam", "org.matrix.msc4456.spam"] }]);
    expect(detail.enrichment.value?.sender?.suspended).toBe(true);
    expect(detail.enrichment.invalidParts).toEqual([]);
    expect(detail.decisions[0]?.actions[0]).toMatchObject({ kind: "SUSPEND_USER", status: "FAILED", lastError: "boom" });
    expect(detail.appeals[0]).toMatchObject({ status: "FILED", appellantMxid: sender });
    expect(detail.claim).toMatchObject({ active: true, mine: true });
    expect(detail.related.map((r) => [r.id, r.relation])).toEqual([
      [sameSender.id, "sender"],
      [sameRoom.id, "room"],
      [earlier.id, "earlier"],
    ]);
  });

  it("keeps the valid parts of a partial enrichment and copes with none", async () => {
    const db = testDb();
    const triage = await makeReviewer(db, "TRIAGE");
    const s = await subject("USER", `@u-${uid()}:example.org`);
    const partial = await db.case.create({ data: { subjectId: s.id, enrichment: { version: 1, room: null, sender: { userId: 5 }, media: [], event: "garbage" } } });
    const detail = await getCaseDetail(triage, partial.id, db);
    expect(detail.enrichment.invalidParts.sort()).toEqual(["event", "sender"]);
    expect(detail.enrichment.value).toMatchObject({ room: null, media: [] });
    expect(detail.signals).toEqual([]);

    const bare = await db.case.create({ data: { subjectId: (await subject("ROOM", `!r-${uid()}:example.org`)).id } });
    expect((await getCaseDetail(triage, bare.id, db)).enrichment).toMatchObject({ value: null, invalidParts: [] });
  });

  it("answers NOT_FOUND, not FORBIDDEN, for child-safety cases to unqualified reviewers", async () => {
    const db = testDb();
    const c = await db.case.create({ data: { subjectId: (await subject("USER", `@cs-${uid()}:example.org`)).id, childSafety: true } });
    const viaPolicy = await db.case.create({ data: { subjectId: (await subject("USER", `@cs2-${uid()}:example.org`)).id, suggestedPolicyId: "org.matrix.msc4456.child_safety.csam" } });
    const unqualified = await makeReviewer(db, "ADMIN");
    const qualified = await makeReviewer(db, "TRIAGE", { childSafety: true });
    for (const id of [c.id, viaPolicy.id]) {
      await expect(getCaseDetail(unqualified, id, db)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await getCaseDetail(qualified, id, db)).childSafety).toBe(true);
    }
    await expect(getCaseDetail(unqualified, "no-such-case", db)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCaseDetail(unqualified, "../../etc", db)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
