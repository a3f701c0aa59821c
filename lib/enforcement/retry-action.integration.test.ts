/** A lead's retry of a failed action, and the failed-actions list, end to end against the simulator. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { makeReviewer } from "@/lib/cases/testing/decision-fixtures";
import { createSynapse, synapsePath, ZEmpty, type Synapse } from "@/lib/synapse";
import { testSimulator } from "@/simulator/testing";
import { testDb } from "@/tests/integration/per-file-database";

import { listFailedActions } from "./list-failed-actions";
import { retryEnforcementAction } from "./retry-action";
import { drain, enqueue } from "./testing/worker-helpers";

let sim: Awaited<ReturnType<typeof testSimulator>>;
let synapse: Synapse;

beforeAll(async () => {
  sim = await testSimulator();
  synapse = createSynapse({ baseUrl: sim.url, accessToken: sim.adminToken, maxRetries: 0 });
});
afterAll(async () => sim?.stop());

describe("retryEnforcementAction", () => {
  it("sends a failed action back to the worker, audited; only leads may", async () => {
    const db = testDb();
    const [id] = await enqueue(db, [{ kind: "SUSPEND_USER", userId: `@late-${Date.now()}:${sim.serverName}` }]);
    await drain({ db, synapse, ids: [id!] });
    expect(await db.enforcementAction.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({ status: "FAILED", lastError: expect.stringContaining("404 M_NOT_FOUND") as unknown });

    const lead = await makeReviewer(db, "LEAD");
    const moderator = await makeReviewer(db, "MODERATOR");
    const listed = await listFailedActions(db, lead);
    expect(listed.items.map((i) => i.id)).toContain(id);
    await expect(listFailedActions(db, moderator)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(retryEnforcementAction(db, id!, moderator)).rejects.toMatchObject({ code: "FORBIDDEN" });

    // The account now exists (created after the decision): the lead's retry succeeds.
    const row = await db.enforcementAction.findUniqueOrThrow({ where: { id: id! } });
    await synapse.http.request({
      method: "PUT",
      path: synapsePath`/_synapse/admin/v2/users/${row.target}`,
      body: { password: "pw-retry" },
      idempotent: true,
      outputSchema: ZEmpty,
    });
    await retryEnforcementAction(db, id!, lead);
    expect(await db.enforcementAction.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({ status: "PENDING", attempts: 0, lastError: null });
    await expect(retryEnforcementAction(db, id!, lead)).rejects.toMatchObject({ code: "CONFLICT" });
    await drain({ db, synapse, ids: [id!] });
    expect(await db.enforcementAction.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({ status: "DONE", attempts: 1 });
    expect(await synapse.users.getUser(row.target)).toMatchObject({ suspended: true });
    const story = await db.auditEvent.findMany({ where: { targetId: id! }, orderBy: { seq: "asc" } });
    expect(story.map((e) => e.type)).toEqual(["ENFORCEMENT_STARTED", "ENFORCEMENT_FAILED", "ENFORCEMENT_RETRY_REQUESTED", "ENFORCEMENT_STARTED", "ENFORCEMENT_DONE"]);
    expect(story[2]).toMatchObject({ actorId: lead.id });
  });
});
