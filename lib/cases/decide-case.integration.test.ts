import { describe, expect, it } from "vitest";

import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { testDb } from "@/tests/integration/per-file-database";

import { decideCase } from "./decide-case";
import { FRAUD, makeCase, makeReviewer, SOR, uid } from "./testing/decision-fixtures";

const LOCAL = "example.org";
const opts = { localServerName: LOCAL };

async function counts(db: Db, caseId: string) {
  const decisions = await db.decision.count({ where: { caseId } });
  const actions = await db.enforcementAction.count({ where: { decision: { caseId } } });
  const audit = await db.auditEvent.count({ where: { type: "CASE_DECIDED", targetId: caseId } });
  const enqueued = await db.auditEvent.count({ where: { type: "ENFORCEMENT_ENQUEUED" } });
  const row = await db.case.findUniqueOrThrow({ where: { id: caseId } });
  return { decisions, actions, audit, enqueued, status: row.status };
}

async function rejects(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("decideCase", () => {
  it("writes decision, case state, outbox rows and audit events together", async () => {
    const db = testDb();
    const mod = await makeReviewer(db, "MODERATOR");
    const userId = `@spammer-${uid()}:${LOCAL}`;
    const c = await makeCase(db, { kind: "USER", key: userId, isLocal: true, server: LOCAL });
    await db.case.update({ where: { id: c.id }, data: { claimedById: mod.id, claimExpiresAt: new Date(Date.now() + 60_000) } });

    const result = await decideCase(
      db,
      {
        caseId: c.id,
        expectedStatus: "OPEN",
        outcome: "VIOLATION",
        policyId: FRAUD,
        statementOfReasons: SOR,
        internalNote: "pattern seen before",
        actions: [
          { kind: "SUSPEND_USER", userId },
          { kind: "REDACT_USER_EVENTS", userId, rooms: [`!left:${LOCAL}`], since: "2026-01-01T00:00:00Z" },
        ],
        requestId: "req-0001-abcdef",
      },
      { id: mod.id, mxid: mod.mxid },
      opts,
    );

    expect(result.replayed).toBe(false);
    expect(result.actionIds).toHaveLength(3); // + the server notice with the statement of reasons
    const decided = await db.case.findUniqueOrThrow({ where: { id: c.id } });
    expect(decided).toMatchObject({ status: "DECIDED", claimedById: null, claimExpiresAt: null });
    expect(decided.decidedAt).toBeInstanceOf(Date);
    const decision = await db.decision.findUniqueOrThrow({ where: { id: result.decisionId }, include: { actions: true } });
    expect(decision).toMatchObject({ outcome: "VIOLATION", policyId: FRAUD, reviewerId: mod.id, statementOfReasons: SOR });
    const byKind = Object.fromEntries(decision.actions.map((a) => [a.kind, a]));
    expect(byKind.SUSPEND_USER).toMatchObject({ target: userId, status: "PENDING", payload: { userId } });
    expect(byKind.REDACT_USER_EVENTS?.payload).toMatchObject({ rooms: [`!left:${LOCAL}`], since: "2026-01-01T00:00:00Z" });
    expect(byKind.SEND_SERVER_NOTICE?.payload).toMatchObject({ userId, body: expect.stringContaining(SOR) as unknown });

    const audit = await db.auditEvent.findMany({ where: { OR: [{ targetId: c.id }, { targetId: { in: result.actionIds } }] }, orderBy: { seq: "asc" } });
    expect(audit.map((a) => a.type)).toEqual(["CASE_DECIDED", "ENFORCEMENT_ENQUEUED", "ENFORCEMENT_ENQUEUED", "ENFORCEMENT_ENQUEUED"]);
    expect(audit[0]?.data).toMatchObject({
      outcome: "VIOLATION",
      policyId: FRAUD,
      actionKinds: ["SUSPEND_USER", "REDACT_USER_EVENTS", "SEND_SERVER_NOTICE"],
      requestId: "req-0001-abcdef",
    });
  });

  it("writes nothing when a step fails: inactive policy, forbidden action, remote user", async () => {
    const db = testDb();
    const mod = await makeReviewer(db, "MODERATOR");
    const userId = `@u-${uid()}:${LOCAL}`;
    const c = await makeCase(db, { kind: "USER", key: userId, isLocal: true, server: LOCAL });
    const before = await counts(db, c.id);
    const base = { caseId: c.id, outcome: "VIOLATION" as const, statementOfReasons: SOR };
    const actor = { id: mod.id, mxid: mod.mxid };

    await db.policy.update({ where: { id: "org.matrix.msc4456.spam.flooding" }, data: { active: false } });
    expect((await rejects(decideCase(db, { ...base, policyId: "org.matrix.msc4456.spam.flooding" }, actor, opts))).code).toBe("BAD_REQUEST");
    expect((await rejects(decideCase(db, { ...base, policyId: "no.such.policy" }, actor, opts))).code).toBe("BAD_REQUEST");
    const forbidden = await rejects(
      decideCase(db, { ...base, policyId: FRAUD, actions: [{ kind: "SUSPEND_USER", userId }, { kind: "DEACTIVATE_USER", userId }] }, actor, opts),
    );
    expect(forbidden).toMatchObject({ code: "FORBIDDEN", details: { missing: ["user.deactivate"] } });
    const remote = await rejects(
      decideCase(db, { ...base, policyId: FRAUD, actions: [{ kind: "SUSPEND_USER", userId: "@x:remote.example" }] }, actor, opts),
    );
    expect(remote.code).toBe("BAD_REQUEST");
    expect(remote.message).toContain("only accounts on this homeserver can be suspended");
    expect((await rejects(decideCase(db, { ...base }, actor, opts))).message).toContain("must cite a policy");

    expect(await counts(db, c.id)).toEqual(before);
    expect(before).toMatchObject({ decisions: 0, actions: 0, status: "OPEN" });
  });

  it("lets exactly one of two concurrent decisions win; the other gets CONFLICT and writes nothing", async () => {
    const db = testDb();
    const [a, b] = [await makeReviewer(db, "MODERATOR"), await makeReviewer(db, "LEAD")];
    const userId = `@race-${uid()}:${LOCAL}`;
    const c = await makeCase(db, { kind: "USER", key: userId, isLocal: true, server: LOCAL });
    const decide = (r: { id: string; mxid: string }) =>
      decideCase(db, { caseId: c.id, outcome: "VIOLATION", policyId: FRAUD, statementOfReasons: SOR, actions: [{ kind: "SUSPEND_USER", userId }] }, r, opts);

    const settled = await Promise.allSettled([decide(a), decide(b)]);
    const won = settled.filter((s) => s.status === "fulfilled");
    const lost = settled.filter((s) => s.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({
      code: "CONFLICT",
      message: "This case was decided by someone else a moment ago; reload to see their decision.",
    });
    expect(await counts(db, c.id)).toMatchObject({ decisions: 1, actions: 2, audit: 1, status: "DECIDED" });
  });

  it("returns the first decision for a retried request with the same requestId", async () => {
    const db = testDb();
    const mod = await makeReviewer(db, "MODERATOR");
    const c = await makeCase(db, { kind: "ROOM", key: `!room-${uid()}:${LOCAL}`, isLocal: true, server: LOCAL });
    const input = {
      caseId: c.id,
      outcome: "VIOLATION" as const,
      policyId: FRAUD,
      statementOfReasons: SOR,
      actions: [{ kind: "BLOCK_ROOM" as const, roomId: `!room-x:${LOCAL}` }],
      requestId: `retry-${uid()}`,
    };
    const first = await decideCase(db, input, mod, opts);
    const again = await decideCase(db, input, mod, opts);
    expect(again).toEqual({ ...first, replayed: true });
    expect(await counts(db, c.id)).toMatchObject({ decisions: 1, actions: 1 });
    // Another reviewer reusing the key is not a replay.
    const other = await makeReviewer(db, "MODERATOR");
    expect((await rejects(decideCase(db, input, other, opts))).code).toBe("CONFLICT");
  });

  it("checks the permission of each action kind and of the outcome", async () => {
    const db = testDb();
    const triage = await makeReviewer(db, "TRIAGE");
    const lead = await makeReviewer(db, "LEAD");
    const mk = () => makeCase(db, { kind: "USER", key: `@p-${uid()}:${LOCAL}`, isLocal: true, server: LOCAL });

    // Triage may dismiss, but not decide a violation, and not suspend.
    const c1 = await mk();
    await expect(decideCase(db, { caseId: c1.id, outcome: "NO_VIOLATION", statementOfReasons: SOR }, triage, opts)).resolves.toMatchObject({ actionIds: [] });
    const c2 = await mk();
    expect(await rejects(decideCase(db, { caseId: c2.id, outcome: "VIOLATION", policyId: FRAUD, statementOfReasons: SOR }, triage, opts))).toMatchObject({
      code: "FORBIDDEN",
      details: { missing: ["case.decide"] },
    });
    const c3 = await mk();
    const room = `!r-${uid()}:${LOCAL}`;
    const allKinds = await decideCase(
      db,
      {
        caseId: c3.id,
        outcome: "VIOLATION",
        policyId: FRAUD,
        statementOfReasons: SOR,
        notifyUser: false,
        actions: [
          { kind: "DEACTIVATE_USER", userId: `@d-${uid()}:${LOCAL}`, erase: true },
          { kind: "DELETE_ROOM", roomId: room, purge: true, block: true },
          { kind: "DELETE_MEDIA", mxc: `mxc://${LOCAL}/abc` },
          { kind: "QUARANTINE_MEDIA", mxc: "mxc://remote.example/abc" },
        ],
      },
      lead,
      opts,
    );
    expect(allKinds.actionIds).toHaveLength(4);
    // A no-violation decision may only lift restrictions.
    const c4 = await mk();
    expect(
      (await rejects(decideCase(db, { caseId: c4.id, outcome: "NO_VIOLATION", statementOfReasons: SOR, actions: [{ kind: "BLOCK_ROOM", roomId: room }] }, lead, opts))).code,
    ).toBe("BAD_REQUEST");
  });

  it("keeps child-safety cases to qualified reviewers and remote media out of local-only actions", async () => {
    const db = testDb();
    const admin = await makeReviewer(db, "ADMIN");
    const qualified = await makeReviewer(db, "MODERATOR", { childSafety: true });
    const c = await makeCase(db, { kind: "MEDIA", key: `mxc://${LOCAL}/${uid()}`, isLocal: true, server: LOCAL }, { childSafety: true });
    const input = { caseId: c.id, outcome: "VIOLATION" as const, policyId: "org.matrix.msc4456.child_safety.csam", statementOfReasons: SOR };
    expect((await rejects(decideCase(db, input, admin, opts))).code).toBe("FORBIDDEN");
    const remoteDelete = await rejects(decideCase(db, { ...input, actions: [{ kind: "DELETE_MEDIA", mxc: "mxc://remote.example/x" }] }, admin, opts));
    expect(remoteDelete.code).toBe("FORBIDDEN"); // the child-safety rule comes first
    await expect(decideCase(db, { ...input, actions: [{ kind: "QUARANTINE_MEDIA", mxc: "mxc://remote.example/x" }] }, qualified, opts)).resolves.toMatchObject({
      actionIds: [expect.any(String) as unknown],
    });
  });
});
