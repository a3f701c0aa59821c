/**
 * Evidence against the simulator's demo homeserver: snapshots exist exactly when the decision committed, kept
 * bytes are the simulator's bytes (and its SHA-256), caps hold, purge removes only expired rows, and a download is
 * gated and audited.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { decideCase } from "@/lib/cases/decide-case";
import { makeCase, makeReviewer, SOR, FRAUD } from "@/lib/cases/testing/decision-fixtures";
import { AppError } from "@/lib/errors";
import { DEFAULT_DECODE_LIMITS } from "@/lib/media/decode-limits";
import { sha256Hex } from "@/lib/media/hash-media";
import { createSynapse, parseMxc, type Synapse } from "@/lib/synapse";
import { startSimulator, type SimulatorHandle } from "@/simulator/server";
import { testDb } from "@/tests/integration/per-file-database";

import type { EvidenceDeps } from "./capture-evidence";
import { captureEvidence } from "./capture-evidence";
import { decideCaseWithEvidence } from "./decide-case-with-evidence";
import { downloadEvidence } from "./download-evidence";
import { listEvidence } from "./list-evidence";
import { purgeExpiredEvidence } from "./purge-expired-evidence";
import { DEFAULT_EVIDENCE_LIMITS, type EvidenceLimits } from "./types";

let sim: SimulatorHandle;
let synapse: Synapse;
let spammer: string;
const spamEvents: { eventId: string; roomId: string }[] = [];
let nextEvent = 0;
let quarantinedMxc: string;
let aliceMxcs: string[];

const deps = (limits: Partial<EvidenceLimits> = {}): EvidenceDeps => ({
  db: testDb(),
  synapse,
  limits: { ...DEFAULT_EVIDENCE_LIMITS, ...limits },
  now: () => new Date(),
});

async function adminBytes(mxc: string): Promise<Uint8Array> {
  const ref = parseMxc(mxc);
  if (!ref) throw new Error(mxc);
  return (await synapse.media.download(ref.serverName, ref.mediaId, { bypassQuarantine: true })).bytes;
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0, scenario: "demo", shadowBanDelayMs: [0, 0], jobDelayMs: 20 });
  synapse = createSynapse({ baseUrl: sim.url, accessToken: sim.adminToken, maxRetries: 0 });
  spammer = `@promo.deals:${sim.serverName}`;
  const { joined_rooms } = await synapse.users.joinedRooms(spammer);
  for (const roomId of joined_rooms) {
    const page = await synapse.rooms.getMessages(roomId, {
      dir: "b",
      limit: 10,
      filter: { senders: [spammer], types: ["m.room.message"] },
    });
    spamEvents.push(...page.chunk.map((ev) => ({ eventId: ev.event_id, roomId })));
  }
  const change = (await synapse.media.listQuarantineChanges()).changes.find((c) => c.quarantined);
  if (!change) throw new Error("the demo has no quarantined media");
  quarantinedMxc = `mxc://${change.origin}/${change.media_id}`;
  const alice = await synapse.users.listUserMedia(`@alice:${sim.serverName}`, { limit: 3 });
  aliceMxcs = alice.media.map((m) => `mxc://${sim.serverName}/${m.media_id}`);
});
afterAll(() => sim?.stop());

/** A case about another of the spammer's messages each time (one open case per subject). */
async function eventCase() {
  const db = testDb();
  const spamEvent = spamEvents[nextEvent++];
  if (!spamEvent) throw new Error("not enough spam events in the demo");
  const c = await makeCase(db, {
    kind: "EVENT",
    key: spamEvent.eventId,
    isLocal: true,
    server: sim.serverName,
    senderMxid: spammer,
  });
  await db.subject.update({ where: { id: c.subjectId }, data: { roomId: spamEvent.roomId } });
  return { ...c, event: spamEvent };
}

describe("evidence snapshots", () => {
  it("writes the event, room and media snapshots with the decision; kept bytes are the simulator's", async () => {
    const db = testDb();
    const lead = await makeReviewer(db, "LEAD");
    const c = await eventCase();
    const result = await decideCaseWithEvidence(
      deps(),
      {
        caseId: c.id,
        outcome: "VIOLATION",
        policyId: FRAUD,
        statementOfReasons: SOR,
        actions: [
          { kind: "DELETE_MEDIA", mxc: aliceMxcs[0] ?? "" },
          { kind: "QUARANTINE_MEDIA", mxc: quarantinedMxc },
          { kind: "BLOCK_ROOM", roomId: c.event.roomId },
        ],
      },
      { id: lead.id, mxid: lead.mxid },
      { localServerName: sim.serverName },
    );
    const rows = await db.evidenceSnapshot.findMany({ where: { caseId: c.id } });
    expect(rows.every((r) => r.decisionId === result.decisionId)).toBe(true);
    expect(result.evidenceIds?.sort()).toEqual(rows.map((r) => r.id).sort());
    expect(rows.map((r) => r.kind).sort()).toEqual(["event", "media", "media", "room"]);

    const event = rows.find((r) => r.kind === "event");
    expect(event?.data).toMatchObject({
      eventId: c.event.eventId,
      eventSource: "fetch_event",
      contextSource: "context",
    });
    for (const mxc of [aliceMxcs[0] ?? "", quarantinedMxc]) {
      const row = rows.find((r) => r.subjectKey === mxc);
      const expected = await adminBytes(mxc);
      expect(row?.content && Buffer.from(row.content).equals(Buffer.from(expected))).toBe(true);
      expect(row?.sha256).toBe(sha256Hex(expected));
      expect(row?.data).toMatchObject({ bytesKept: true, sha256Of: "content", sha256MatchesSynapse: true });
    }
    const days = ((rows[0]?.retainUntil?.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(364.9);
    expect(days).toBeLessThan(365.1);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { type: "EVIDENCE_CAPTURED", targetId: c.id },
    });
    expect(audit.data).toMatchObject({ decisionId: result.decisionId, captureErrors: 0 });
  });

  it("leaves no snapshot when the decision fails after the capture", async () => {
    const db = testDb();
    const lead = await makeReviewer(db, "LEAD");
    const c = await eventCase();
    const actions = [{ kind: "QUARANTINE_MEDIA" as const, mxc: aliceMxcs[1] ?? "" }];
    const evidence = await captureEvidence(deps(), { caseId: c.id, actions });
    expect(evidence.snapshots.length).toBeGreaterThan(0);
    // Someone else decides first: our decision rolls back, and its evidence with it.
    await decideCase(
      db,
      { caseId: c.id, outcome: "NO_VIOLATION", statementOfReasons: SOR },
      { id: lead.id, mxid: lead.mxid },
    );
    const failed = await decideCase(
      db,
      { caseId: c.id, outcome: "VIOLATION", policyId: FRAUD, statementOfReasons: SOR, actions },
      { id: lead.id, mxid: lead.mxid },
      { localServerName: sim.serverName, evidence },
    ).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(AppError);
    expect((failed as AppError).code).toBe("CONFLICT");
    expect(await db.evidenceSnapshot.count({ where: { caseId: c.id } })).toBe(0);
    // And through the wrapper: a stale expectedStatus fails inside the transaction.
    const other = await eventCase();
    await db.case.update({ where: { id: other.id }, data: { status: "ON_HOLD" } });
    await expect(
      decideCaseWithEvidence(
        deps(),
        {
          caseId: other.id,
          expectedStatus: "OPEN",
          outcome: "VIOLATION",
          policyId: FRAUD,
          statementOfReasons: SOR,
          actions,
        },
        { id: lead.id, mxid: lead.mxid },
        { localServerName: sim.serverName },
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.evidenceSnapshot.count({ where: { caseId: other.id } })).toBe(0);
  });

  it("keeps metadata and Synapse's hash only past the per-file and per-decision caps", async () => {
    const c = await eventCase();
    const [first, second] = [aliceMxcs[0] ?? "", aliceMxcs[1] ?? ""];
    const firstSize = (await adminBytes(first)).byteLength;
    const capped = await captureEvidence(deps({ maxFileBytes: 16 }), {
      caseId: c.id,
      actions: [{ kind: "DELETE_MEDIA", mxc: first }],
    });
    const overFile = capped.snapshots.find((s) => s.subjectKey === first);
    expect(overFile).toMatchObject({
      content: null,
      data: { bytesKept: false, bytesOmitted: "over_file_cap", sha256Of: "synapse" },
    });
    const info = await synapse.media.getMediaInfo(sim.serverName, parseMxc(first)?.mediaId ?? "");
    expect(overFile?.sha256).toBe(info.sha256);

    const budget = await captureEvidence(deps({ maxDecisionBytes: firstSize + 1 }), {
      caseId: c.id,
      actions: [
        { kind: "DELETE_MEDIA", mxc: first },
        { kind: "DELETE_MEDIA", mxc: second },
      ],
    });
    expect(budget.snapshots.find((s) => s.subjectKey === first)?.content?.byteLength).toBe(firstSize);
    expect(budget.snapshots.find((s) => s.subjectKey === second)).toMatchObject({
      content: null,
      data: { bytesOmitted: "over_decision_cap" },
    });
  });

  it("lists snapshots without bytes and serves the bytes only through an audited download", async () => {
    const db = testDb();
    const lead = await makeReviewer(db, "LEAD");
    const c = await eventCase();
    const mxc = aliceMxcs[2] ?? "";
    await decideCaseWithEvidence(
      deps(),
      {
        caseId: c.id,
        outcome: "VIOLATION",
        policyId: FRAUD,
        statementOfReasons: SOR,
        actions: [{ kind: "QUARANTINE_MEDIA", mxc }],
      },
      { id: lead.id, mxid: lead.mxid },
      { localServerName: sim.serverName },
    );
    const listed = await listEvidence(db, lead, c.id);
    const media = listed.items.find((i) => i.subjectKey === mxc);
    expect(media).toMatchObject({ kind: "media", contentBytes: (await adminBytes(mxc)).byteLength });
    expect(listed.items.some((i) => "content" in i)).toBe(false);

    const mediaDeps = {
      db,
      media: synapse.media,
      cache: null,
      limits: DEFAULT_DECODE_LIMITS,
      now: () => new Date(),
    };
    const file = await downloadEvidence(mediaDeps, lead, { caseId: c.id, snapshotId: media?.id ?? "" });
    expect(sha256Hex(file.bytes)).toBe(media?.sha256);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { type: "EVIDENCE_DOWNLOADED", targetId: media?.id },
    });
    expect(audit).toMatchObject({ actorId: lead.id, data: { caseId: c.id, sha256: media?.sha256 } });
    await expect(
      downloadEvidence(mediaDeps, lead, { caseId: "other-case", snapshotId: media?.id ?? "" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("purges only snapshots past retention, and audits the purge", async () => {
    const db = testDb();
    const c = await eventCase();
    const past = new Date(Date.now() - 1000);
    const future = new Date(Date.now() + 86_400_000);
    const row = (retainUntil: Date | null, key: string) => ({
      caseId: c.id,
      kind: "event",
      subjectKey: key,
      data: {},
      sha256: "0".repeat(64),
      retainUntil,
    });
    await db.evidenceSnapshot.createMany({
      data: [row(past, "$old1"), row(past, "$old2"), row(future, "$new"), row(null, "$held")],
    });
    const result = await purgeExpiredEvidence(db, {
      now: new Date(),
      actor: { kind: "system", name: "test" },
      batchSize: 1,
    });
    expect(result.purged).toBeGreaterThanOrEqual(2);
    const left = await db.evidenceSnapshot.findMany({
      where: { caseId: c.id },
      select: { subjectKey: true },
    });
    expect(left.map((l) => l.subjectKey).sort()).toEqual(["$held", "$new"]);
    const audits = await db.auditEvent.findMany({ where: { type: "EVIDENCE_PURGED" } });
    expect(audits.reduce((sum, a) => sum + Number((a.data as { count: number }).count), 0)).toBe(
      result.purged,
    );
    expect(audits.some((a) => (a.data as { caseIds: string[] }).caseIds.includes(c.id))).toBe(true);
  });
});
