/** Mass redaction: the job's lifecycle on the admin side and what room members see afterwards. */
import { beforeAll, describe, expect, it } from "vitest";

import type { RedactStatus } from "@/lib/synapse";

import { adminClient, registerUser, type MatrixUser } from "./matrix-user";
import { pollUntil } from "./poll";
import { contractTarget } from "./target";

const target = contractTarget();
const admin = adminClient(target);
let alice: MatrixUser;
let mallory: MatrixUser;
let mainRoom: string;
let leftRoom: string;
let spam: string[];
let spamInLeftRoom: string;

const finished = (s: RedactStatus) => s.status === "complete" || s.status === "failed";

function waitForRedaction(redactId: string) {
  return pollUntil(`redact_status ${redactId}`, () => admin.redaction.getRedactStatus(redactId), finished);
}

beforeAll(async () => {
  [alice, mallory] = await Promise.all([
    registerUser(admin, target, "victim"),
    registerUser(admin, target, "spammer"),
  ]);
  [mainRoom, leftRoom] = await Promise.all([
    alice.createRoom({ name: "redaction main" }),
    alice.createRoom({ name: "redaction left" }),
  ]);
  await mallory.join(mainRoom);
  await mallory.join(leftRoom);
  spam = [
    await mallory.sendText(mainRoom, "buy cheap pills"),
    await mallory.sendText(mainRoom, "click my link"),
  ];
  spamInLeftRoom = await mallory.sendText(leftRoom, "spam before leaving");
  await mallory.leave(leftRoom);
  await alice.reportEvent(mainRoom, spam[0]!, "spam");
});

describe("redact a user's events", () => {
  it("with rooms: [] redacts joined rooms, reaches `complete`, and members see the events redacted", async () => {
    const redactId = await admin.redaction.redactUserEvents(mallory.userId, {
      rooms: [],
      reason: "contract cleanup",
    });
    expect(redactId).toMatch(/^\w+$/);
    const status = await waitForRedaction(redactId);
    expect(status).toMatchObject({ status: "complete", failed_redactions: {} });

    for (const eventId of spam) {
      const seen = await alice.getEvent(mainRoom, eventId);
      expect(seen.content).toEqual({});
      expect(seen.unsigned?.redacted_because).toMatchObject({
        type: "m.room.redaction",
        content: { reason: "contract cleanup" },
      });
    }
  });

  it("skips rooms the user has left unless they are passed explicitly (from memberships)", async () => {
    expect((await alice.getEvent(leftRoom, spamInLeftRoom)).content).toMatchObject({
      body: "spam before leaving",
    });
    const { memberships } = await admin.users.memberships(mallory.userId);
    const left = Object.entries(memberships)
      .filter(([, m]) => m === "leave")
      .map(([room]) => room);
    expect(left).toContain(leftRoom);
    const status = await waitForRedaction(
      await admin.redaction.redactUserEvents(mallory.userId, { rooms: left }),
    );
    expect(status.status).toBe("complete");
    expect((await alice.getEvent(leftRoom, spamInLeftRoom)).content).toEqual({});
  });

  it("admin context and messages show the redaction; fetch_event and the report keep the original", async () => {
    const context = await admin.rooms.getEventContext(mainRoom, spam[0]!);
    expect(context.event.content).toEqual({});
    expect(context.event.unsigned).toHaveProperty("redacted_because");
    const page = await admin.rooms.getMessages(mainRoom, { dir: "b", limit: 50 });
    expect(page.chunk.find((e) => e.event_id === spam[1])?.content).toEqual({});

    // Evidence: within redaction_retention_period the stored event is still the original.
    expect((await admin.rooms.fetchEvent(spam[0]!)).content).toMatchObject({ body: "buy cheap pills" });
    const [report] = (await admin.reports.listEventReports({ userId: alice.userId })).event_reports;
    expect((await admin.reports.getEventReport(report!.id)).event_json.content).toMatchObject({
      body: "buy cheap pills",
    });
  });

  it("answers 404 M_NOT_FOUND for an unknown redact id", async () => {
    await expect(admin.redaction.getRedactStatus("nosuchredactid00")).rejects.toMatchObject({
      status: 404,
      errcode: "M_NOT_FOUND",
    });
  });
});
