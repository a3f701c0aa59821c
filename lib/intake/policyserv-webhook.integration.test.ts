import { describe, expect, it } from "vitest";

import { policyservBody, policyservNotification } from "@/simulator/policyserv-webhook";
import { testDb } from "@/tests/integration/per-file-database";

import { handlePolicyservWebhook, type PolicyservWebhookDeps } from "./policyserv-webhook";

const SECRET = "s".repeat(32);
const event = {
  eventId: "$spam1",
  roomId: "!protected:localhost",
  sender: "@spam-cannon:evil.example",
  type: "m.room.message",
  originServerTs: Date.UTC(2026, 0, 1),
  content: { body: "<script>alert(1)</script> FREE NITRO \u0000" },
  filterResponses: { KeywordFilter: ["Prohibited", "org.matrix.msc4456.child_safety.grooming"] },
};

const deps = (extra: Partial<PolicyservWebhookDeps> = {}): PolicyservWebhookDeps => ({
  db: testDb(),
  expectedSecret: SECRET,
  serverName: "localhost",
  ...extra,
});
const post = (body: string, secret = SECRET, d = deps()) =>
  handlePolicyservWebhook(
    new Request("http://console/api/webhooks/policyserv/x", {
      method: "POST",
      body,
      headers: { "content-type": "application/json" },
    }),
    secret,
    d,
  );

describe("policyserv webhook", () => {
  it("stores a rejection as one signal on an event case, idempotently", async () => {
    const body = policyservBody(policyservNotification(event));
    const first = await post(body);
    expect(first.status).toBe(200);
    expect((await post(body)).status).toBe(200);
    const signals = await testDb().signal.findMany({
      where: { source: "POLICY_SERVER_WEBHOOK" },
      include: { case: true, subject: true },
    });
    expect(signals).toHaveLength(1);
    expect(signals[0]?.subject).toMatchObject({ kind: "EVENT", key: "$spam1", isLocal: true });
    expect(signals[0]?.harmIds).toEqual(["org.matrix.msc4456.child_safety.grooming"]);
    expect(signals[0]?.case).toMatchObject({ childSafety: true, severity: 5, signalCount: 1 });
  });

  it("uses the sender as subject when the event was never stored", async () => {
    const local = { ...event, eventId: "$never-stored", sender: "@local-spammer:localhost" };
    const res = await post(
      policyservBody(policyservNotification(local)),
      SECRET,
      deps({ eventExists: () => Promise.resolve(false) }),
    );
    expect(res.status).toBe(200);
    const signal = await testDb().signal.findFirstOrThrow({
      where: { sourceId: "$never-stored" },
      include: { subject: true },
    });
    expect(signal.subject).toMatchObject({ kind: "USER", key: "@local-spammer:localhost" });
  });

  it("answers 401 on a wrong secret, 404 when not configured, 400 on bad bodies, 413 when too large", async () => {
    expect((await post("{}", "wrong")).status).toBe(401);
    expect((await post("{}", SECRET, deps({ expectedSecret: undefined }))).status).toBe(404);
    const notJson = await post("<html>");
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: expect.stringMatching(/not JSON/) as unknown });
    expect((await post(JSON.stringify({ html: 42 }))).status).toBe(400);
    expect((await post(JSON.stringify({ html: "<b>hello</b>" }))).status).toBe(400);
    expect((await post(JSON.stringify({ html: "x".repeat(3 * 1024 * 1024) }))).status).toBe(413);
  });
});
