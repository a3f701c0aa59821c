import { describe, expect, it } from "vitest";

import type { Db } from "@/lib/db/client";
import { testDb } from "@/tests/integration/per-file-database";

import { decideCase } from "./decide-case";
import { REPORTER_FEEDBACK_PURPOSE } from "./reporter-feedback";
import { FRAUD, makeCase, makeReviewer, SOR, uid } from "./testing/decision-fixtures";

const LOCAL = "example.org";
const opts = { localServerName: LOCAL };

async function report(db: Db, c: { id: string; subjectId: string }, reporterMxid: string) {
  await db.signal.create({
    data: {
      source: "EVENT_REPORT",
      sourceId: uid(),
      subjectId: c.subjectId,
      caseId: c.id,
      reporterMxid,
      occurredAt: new Date(),
      raw: {},
    },
  });
}

const feedbackNotices = (db: Db, caseId: string) =>
  db.enforcementAction.findMany({
    where: {
      kind: "SEND_SERVER_NOTICE",
      decision: { caseId },
      payload: { path: ["purpose"], equals: REPORTER_FEEDBACK_PURPOSE },
    },
  });

describe("reporter feedback", () => {
  it("thanks each distinct local reporter once, skips remote ones and the reported user, and leaks nothing", async () => {
    const db = testDb();
    const mod = await makeReviewer(db, "MODERATOR");
    const sender = `@sender-${uid()}:${LOCAL}`;
    const eventId = `$ev-${uid()}`;
    const c = await makeCase(db, {
      kind: "EVENT",
      key: eventId,
      isLocal: true,
      server: LOCAL,
      senderMxid: sender,
    });
    const [r1, r2] = [`@r1-${uid()}:${LOCAL}`, `@r2-${uid()}:${LOCAL}`];
    for (const who of [r1, r1, r2, `@far-${uid()}:remote.example`, sender]) await report(db, c, who);

    const result = await decideCase(
      db,
      {
        caseId: c.id,
        outcome: "VIOLATION",
        policyId: FRAUD,
        statementOfReasons: SOR,
        notifyReporters: true,
        actions: [{ kind: "SUSPEND_USER", userId: sender }],
      },
      { id: mod.id, mxid: mod.mxid },
      opts,
    );
    const notices = await feedbackNotices(db, c.id);
    expect(notices.map((n) => n.target).sort()).toEqual([r1, r2].sort());
    expect(result.actionIds).toEqual(expect.arrayContaining(notices.map((n) => n.id)));
    for (const n of notices) {
      const body = (n.payload as { body: string }).body;
      expect(body).toBe(
        "Thanks for your report about a message. We reviewed it and took action under our policies.",
      );
      for (const secret of [mod.mxid, sender, eventId, SOR, FRAUD, "suspend"])
        expect(body.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { type: "REPORTERS_NOTIFIED", targetId: c.id },
    });
    expect(audit.data).toMatchObject({
      decisionId: result.decisionId,
      notified: 2,
      skippedRemote: 1,
      skippedAlreadyNotified: 0,
    });

    // A later decision on the same case (e.g. after an appeal reopened it) does not thank them again.
    await db.case.update({ where: { id: c.id }, data: { status: "OPEN" } });
    await decideCase(
      db,
      { caseId: c.id, outcome: "NO_VIOLATION", statementOfReasons: SOR, notifyReporters: true },
      { id: mod.id, mxid: mod.mxid },
      opts,
    );
    expect(await feedbackNotices(db, c.id)).toHaveLength(2);
  });

  it("sends nothing unless asked", async () => {
    const db = testDb();
    const mod = await makeReviewer(db, "MODERATOR");
    const c = await makeCase(db, {
      kind: "ROOM",
      key: `!room-${uid()}:${LOCAL}`,
      isLocal: true,
      server: LOCAL,
    });
    await report(db, c, `@r-${uid()}:${LOCAL}`);
    await decideCase(
      db,
      { caseId: c.id, outcome: "NO_VIOLATION", statementOfReasons: SOR },
      { id: mod.id, mxid: mod.mxid },
      opts,
    );
    expect(await feedbackNotices(db, c.id)).toHaveLength(0);
  });
});
