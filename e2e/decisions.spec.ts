/**
 * Deciding and enforcing, end to end against the real Synapse peer: a moderator suspends a real account from the
 * case page and Synapse then refuses that account's messages; a triage reviewer can only dismiss (and the API says
 * 403 when asked for more); two moderators deciding at once get one decision and a clear conflict; and a lead sends
 * a failed action back to the worker from the failed-actions page.
 */
import { randomBytes } from "node:crypto";

import type { Page } from "@playwright/test";

import type { Db } from "@/lib/db/client";
import { isSynapseApiError } from "@/lib/synapse";
import { adminClient, registerUser } from "@/tests/contract/matrix-user";

import { expect, test } from "./fixtures";
import { readE2EState } from "./state";
import { seedUserCase as seedUserCaseFor } from "./support/seed-user-case";

const { synapse } = readE2EState();
const target = { name: "synapse" as const, ...synapse };
const uniq = () => randomBytes(5).toString("hex");

const seedUserCase = (db: Db, userId: string, roomId: string | null = null) =>
  seedUserCaseFor(db, { userId, serverName: synapse.serverName, roomId, reason: "keeps insulting me in the garden room" });

const decisionRegion = (page: Page) => page.getByRole("region", { name: "Decision", exact: true });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("a moderator suspends a real user; the action reaches Done and Synapse refuses their messages", async ({ page, db, reviewers, signIn }) => {
  test.setTimeout(120_000);
  const offender = await registerUser(adminClient(target), target, "offender");
  const roomId = await offender.createRoom({ name: "Garden" });
  await offender.sendText(roomId, "you are all idiots");
  const seeded = await seedUserCase(db, offender.userId);

  const moderator = await reviewers.create({ role: "MODERATOR" });
  await signIn(page, moderator);
  await page.goto(`/cases/${seeded.caseId}`);
  const decision = decisionRegion(page);
  await decision.getByLabel("Policy broken").selectOption("org.matrix.msc4456.harassment.targeted");
  await decision.getByRole("checkbox", { name: new RegExp(`^Suspend ${escape(offender.userId)}`) }).check();
  await decision.getByLabel("Facts").fill("You sent repeated insults to other members of the Garden room.");
  const statement = decision.getByLabel("Statement of reasons");
  await expect(statement).toContainText("Targeted harassment");
  await statement.fill(`${await statement.inputValue()}\n\nThe moderators of this server.`);
  await decision.getByRole("button", { name: "Record decision" }).click();

  await expect(decision.getByText("Decision recorded")).toBeVisible();
  const suspendStatus = decision.getByRole("listitem", { name: `SUSPEND_USER ${offender.userId}: Done` });
  await expect(suspendStatus).toBeVisible({ timeout: 60_000 });

  const stored = await db.decision.findFirstOrThrow({ where: { caseId: seeded.caseId }, include: { actions: true } });
  expect(stored.outcome).toBe("VIOLATION");
  expect(stored.policyId).toBe("org.matrix.msc4456.harassment.targeted");
  expect(stored.statementOfReasons).toContain("You sent repeated insults");
  expect(stored.statementOfReasons).toContain("The moderators of this server.");
  expect(stored.statementOfReasons).toMatch(/appeal within six months/);
  expect(stored.actions.map((a) => a.kind).sort()).toEqual(["SEND_SERVER_NOTICE", "SUSPEND_USER"]);
  await expect.poll(async () => (await db.case.findUniqueOrThrow({ where: { id: seeded.caseId } })).status).toBe("DECIDED");

  // The effect on Synapse, seen by the user themself: a suspended account cannot send.
  const refused = await offender.sendText(roomId, "am I still here?").then(() => null, (error: unknown) => error);
  expect(isSynapseApiError(refused, "M_USER_SUSPENDED"), `send after suspension: ${String(refused)}`).toBe(true);
  await adminClient(target).users.unsuspend(offender.userId);
});

test("a triage reviewer sees only No violation, and the API refuses them a suspension with 403", async ({ page, db, reviewers, signIn }) => {
  const user = `@e2e_subject_${uniq()}:${synapse.serverName}`;
  const seeded = await seedUserCase(db, user);
  const triage = await reviewers.create({ role: "TRIAGE" });
  await signIn(page, triage);
  await page.goto(`/cases/${seeded.caseId}`);

  const decision = decisionRegion(page);
  await expect(decision.getByLabel("Policy broken").locator("option")).toHaveText(["No violation"]);
  await expect(decision.getByRole("checkbox", { name: /^Suspend/ })).toHaveCount(0);
  await expect(decision.getByText("Your role records “No violation” only")).toBeVisible();

  const response = await page.request.post(`/api/v1/cases/${seeded.caseId}/decisions`, {
    data: {
      outcome: "VIOLATION",
      policyId: "org.matrix.msc4456.harassment.targeted",
      actions: [{ kind: "SUSPEND_USER", userId: user }],
      statementOfReasons: "You broke the rules on harassment, so we suspended you.",
    },
  });
  expect(response.status()).toBe(403);
  expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/case\.decide/);
  expect((await db.case.findUniqueOrThrow({ where: { id: seeded.caseId } })).status).toBe("OPEN");
});

test("two moderators decide the same case: one decision, and the second is told someone else decided", async ({ browser, db, reviewers, signIn }) => {
  const seeded = await seedUserCase(db, `@e2e_subject_${uniq()}:${synapse.serverName}`);
  const [first, second] = await Promise.all([reviewers.create({ role: "MODERATOR" }), reviewers.create({ role: "MODERATOR" })]);
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  try {
    const pages = await Promise.all(contexts.map((c) => c.newPage()));
    const [pageA, pageB] = pages as [Page, Page];
    await signIn(pageA, first);
    await signIn(pageB, second);
    for (const p of pages) {
      await p.goto(`/cases/${seeded.caseId}`);
      const decision = decisionRegion(p);
      await decision.getByLabel("Policy broken").selectOption({ label: "No violation" });
      await decision.getByLabel("Facts").fill("The reported messages are ordinary banter between friends.");
    }
    await decisionRegion(pageA).getByRole("button", { name: "Record decision" }).click();
    await expect(decisionRegion(pageA).getByText("Decision recorded")).toBeVisible();

    const decisionB = decisionRegion(pageB);
    await decisionB.getByRole("button", { name: "Record decision" }).click();
    await expect(decisionB.getByRole("alert")).toContainText("decided by someone else a moment ago");
    // The form keeps what the second moderator wrote.
    await expect(decisionB.getByLabel("Facts")).toHaveValue("The reported messages are ordinary banter between friends.");
    expect(await db.decision.count({ where: { caseId: seeded.caseId } })).toBe(1);
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});

test("a lead sees a failed action on the failed-actions page and Retry sends it back to the worker", async ({ page, db, reviewers, signIn }) => {
  const account = await reviewers.create({ role: null });
  const seeded = await seedUserCase(db, account.mxid);
  const lead = await reviewers.create({ role: "LEAD" });
  const leadRow = await db.reviewer.findUniqueOrThrow({ where: { mxid: lead.mxid } });
  const decision = await db.decision.create({
    data: { caseId: seeded.caseId, reviewerId: leadRow.id, outcome: "NO_VIOLATION", statementOfReasons: "Lifting an earlier suspension after review." },
  });
  const lastError = `M_UNKNOWN: simulated outage ${uniq()}`;
  const action = await db.enforcementAction.create({
    data: {
      decisionId: decision.id,
      kind: "UNSUSPEND_USER",
      target: account.mxid,
      payload: { userId: account.mxid },
      status: "FAILED",
      attempts: 10,
      lastError,
      completedAt: new Date(),
    },
  });

  await signIn(page, lead);
  await page.goto("/enforcement");
  await expect(page.getByRole("heading", { name: "Failed actions", level: 1 })).toBeVisible();
  const row = page.getByRole("row", { name: `UNSUSPEND_USER ${account.mxid}` });
  await expect(row).toContainText(lastError);
  await expect(row.getByRole("link", { name: `Case ${seeded.number}` })).toHaveAttribute("href", `/cases/${seeded.caseId}`);
  await row.getByRole("button", { name: `Retry UNSUSPEND_USER on ${account.mxid}` }).click();

  await expect(page.getByRole("row", { name: `UNSUSPEND_USER ${account.mxid}` })).toHaveCount(0);
  const retried = await db.enforcementAction.findUniqueOrThrow({ where: { id: action.id } });
  expect(retried.status).not.toBe("FAILED");
  expect(retried.lastError).toBeNull();
  expect(await db.auditEvent.count({ where: { type: "ENFORCEMENT_RETRY_REQUESTED", targetId: action.id } })).toBe(1);
  // The worker picks it up again; unsuspending an account that is not suspended succeeds on Synapse.
  await expect.poll(async () => (await db.enforcementAction.findUniqueOrThrow({ where: { id: action.id } })).status, { timeout: 30_000 }).toBe("DONE");
});
