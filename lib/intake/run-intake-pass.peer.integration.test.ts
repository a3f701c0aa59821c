/**
 * Against the real Synapse test peer (tests/support/synapse-target.ts): reports filed through the client-server
 * API become cases, and a second pass adds nothing. Fails (never skips) when no Synapse is reachable.
 */
import { expect, it } from "vitest";

import { createSynapse } from "@/lib/synapse";
import { registerUser } from "@/tests/contract/matrix-user";
import { testDb } from "@/tests/integration/per-file-database";
import { resolveSynapseTarget } from "@/tests/support/synapse-target";

import { runIntakePass } from "./run-intake-pass";

it("turns an event report and a user report filed on real Synapse into cases, exactly once", async () => {
  const target = { ...resolveSynapseTarget({ startPeer: false }), name: "synapse" as const };
  const admin = createSynapse({ baseUrl: target.url, accessToken: target.adminToken, timeoutMs: 20_000 });
  const alice = await registerUser(admin, target, "intake-alice");
  const bob = await registerUser(admin, target, "intake-bob");
  const roomId = await bob.createRoom({ preset: "public_chat" });
  await alice.join(roomId);
  const eventId = await bob.send(roomId, { msgtype: "m.text", body: "send me your seed phrase" });
  await alice.reportEvent(roomId, eventId, "phishing scam", -100);
  await alice.reportUser(bob.userId, "harassment in DMs");

  const pass = () =>
    runIntakePass({
      db: testDb(),
      synapse: admin,
      serverName: target.serverName,
      sources: ["EVENT_REPORT", "USER_REPORT", "ROOM_REPORT"],
      enrichLimit: 10,
    });
  const first = await pass();
  expect(first.EVENT_REPORT?.errors).toBe(0);

  const eventSignal = await testDb().signal.findFirstOrThrow({
    where: { source: "EVENT_REPORT", subject: { key: eventId } },
    include: { case: true },
  });
  expect(eventSignal.reporterMxid).toBe(alice.userId);
  expect(eventSignal.harmIds).toEqual(["org.matrix.msc4456.spam.fraud"]);
  expect(eventSignal.case?.status).toBe("OPEN");
  const userSignal = await testDb().signal.findFirstOrThrow({
    where: { source: "USER_REPORT", subject: { key: bob.userId } },
    include: { subject: true },
  });
  expect(userSignal.subject.isLocal).toBe(true);

  const second = await pass();
  expect(second.EVENT_REPORT?.new).toBe(0);
  expect(second.USER_REPORT?.new).toBe(0);
  const room = await testDb().intakeCursor.findUniqueOrThrow({ where: { source: "ROOM_REPORT" } });
  expect(room.available).toBe(false);
}, 120_000);
