/**
 * Bulk decisions, the blast-radius preview and evidence snapshots, end to end against the real Synapse peer: a lead
 * decides a wave of cases at once from the queue (one batch id in the database); a moderator sees what redacting a
 * real user's messages would touch before recording anything; and a quarantine keeps the file as evidence, listed
 * on the case page with its hash and an audited download.
 */
import type { Page } from "@playwright/test";

import type { Db } from "@/lib/db/client";
import { adminClient, registerUser } from "@/tests/contract/matrix-user";

import { expect, test } from "./fixtures";
import { readE2EState } from "./state";
import { seedUserCase as seedUserCaseFor } from "./support/seed-user-case";
import { enrichedEvent, seedCase, uniq } from "./support/seed-case";
import { uploadPngAsTestUser } from "./support/synapse-media";

const { synapse } = readE2EState();
const target = { name: "synapse" as const, ...synapse };

const decisionRegion = (page: Page) => page.getByRole("region", { name: "Decision", exact: true });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const seedUserCase = (db: Db, userId: string, roomId: string | null = null) =>
  seedUserCaseFor(db, { userId, serverName: synapse.serverName, roomId, reason: "spams every room they join" });

test("a lead decides three cases of one sender at once and gets one batch", async ({ page, db, reviewers, signIn }) => {
  const sender = `@e2e_wave_${uniq()}:${synapse.serverName}`;
  const seeded = [];
  for (let i = 0; i < 3; i++) {
    seeded.push(await seedCase(db, { serverName: synapse.serverName, sender, signals: [{ reason: `wave message ${i}` }] }));
  }
  const lead = await reviewers.create({ role: "LEAD" });
  await signIn(page, lead);
  await page.goto(`/queue?${new URLSearchParams({ subject: sender })}`);

  const [first] = seeded;
  await page.getByRole("button", { name: `Bulk options for case ${first!.number}` }).click();
  await page.getByRole("button", { name: "Select all open cases of this sender" }).click();
  const panel = page.getByRole("region", { name: /^Bulk decision/ });
  await expect(panel.getByRole("heading", { name: "Bulk decision: 3 cases selected" })).toBeVisible();
  for (const c of seeded) {
    await expect(page.getByRole("checkbox", { name: `Select case ${c.number} for a bulk decision` })).toBeChecked();
  }

  // `x` toggles the row the keyboard selection is on.
  await page.keyboard.press("j");
  const focusedBox = page.locator("tr[data-selected]").getByRole("checkbox");
  await page.keyboard.press("x");
  await expect(focusedBox).not.toBeChecked();
  await expect(panel.getByRole("heading", { name: "Bulk decision: 2 cases selected" })).toBeVisible();
  await page.keyboard.press("x");
  await expect(focusedBox).toBeChecked();

  await panel.getByLabel("Policy broken").selectOption({ label: "No violation" });
  await panel.getByLabel("Statement of reasons").fill("We reviewed these reports and found no breach of the rules.");
  await panel.getByRole("button", { name: "Decide 3 cases" }).click();

  const results = panel.getByRole("list", { name: "Bulk decision results" });
  for (const c of seeded) await expect(results.getByRole("listitem", { name: `Case ${c.number}: decided` })).toBeVisible();

  const decisions = await db.decision.findMany({ where: { caseId: { in: seeded.map((c) => c.caseId) } } });
  expect(decisions).toHaveLength(3);
  expect(decisions.every((d) => d.outcome === "NO_VIOLATION")).toBe(true);
  const batches = new Set(decisions.map((d) => d.batchId));
  expect(batches.size).toBe(1);
  expect([...batches][0]).toBeTruthy();
});

test("a moderator sees the blast radius of redacting a real user's messages: two rooms", async ({ page, db, reviewers, signIn }) => {
  test.setTimeout(90_000);
  const offender = await registerUser(adminClient(target), target, "spammer");
  const rooms = [await offender.createRoom({ name: "Garden" }), await offender.createRoom({ name: "Kitchen" })];
  for (const roomId of rooms) {
    await offender.sendText(roomId, "buy cheap followers now");
    await offender.sendText(roomId, "limited offer!!!");
  }
  const seeded = await seedUserCase(db, offender.userId, rooms[0]);

  const moderator = await reviewers.create({ role: "MODERATOR" });
  await signIn(page, moderator);
  await page.goto(`/cases/${seeded.caseId}`);
  const decision = decisionRegion(page);
  await decision.getByLabel("Policy broken").selectOption("org.matrix.msc4456.spam");
  await expect(decision.getByRole("region", { name: "Blast radius" })).toHaveCount(0);
  await decision.getByRole("checkbox", { name: new RegExp(`^Redact the user's messages ${escape(offender.userId)}`) }).check();

  const radius = decision.getByRole("region", { name: "Blast radius" });
  await expect(radius.getByRole("status")).toContainText(/This will touch 2 rooms, (at least )?\d+ events/, { timeout: 30_000 });
  // The creator of a room is its only admin: both rooms are named.
  const lost = radius.getByRole("list", { name: "Rooms that will lose their last admin" });
  await expect(lost.getByRole("listitem")).toHaveCount(2);
  await expect(lost).toContainText("Garden");
});

test("a quarantine keeps the file as evidence, listed on the case page with an audited download", async ({ page, db, reviewers, signIn }) => {
  test.setTimeout(90_000);
  const media = await uploadPngAsTestUser();
  const roomId = `!evidence${uniq()}:${synapse.serverName}`;
  const seeded = await seedCase(db, {
    serverName: synapse.serverName,
    sender: media.uploader,
    roomId,
    signals: [{ reason: "unsolicited picture" }],
    enrichment: {
      event: enrichedEvent({ sender: media.uploader, roomId, content: { msgtype: "m.image", body: "evidence.png", url: media.mxc, info: { mimetype: "image/png", size: media.size } } }),
      media: [{ mxc: media.mxc, mimetype: "image/png", size: media.size, uploadName: "evidence.png", quarantined: false }],
    },
  });

  const moderator = await reviewers.create({ role: "MODERATOR" });
  const moderatorRow = await db.reviewer.findUniqueOrThrow({ where: { mxid: moderator.mxid } });
  await signIn(page, moderator);
  await page.goto(`/cases/${seeded.caseId}`);
  const evidence = page.getByRole("region", { name: /^Evidence snapshots/ });
  await expect(evidence).toContainText("No snapshots");

  const decision = decisionRegion(page);
  await decision.getByLabel("Policy broken").selectOption("org.matrix.msc4456.spam");
  await decision.getByRole("checkbox", { name: new RegExp(`^Quarantine ${escape(media.mxc)}`) }).check();
  await decision.getByLabel("Facts").fill("You posted an unsolicited advertising picture in a public room.");
  await decision.getByRole("button", { name: "Record decision" }).click();
  await expect(decision.getByText("Decision recorded")).toBeVisible();

  const stored = await db.evidenceSnapshot.findMany({ where: { caseId: seeded.caseId } });
  expect(stored.map((s) => s.kind)).toContain("media");
  const file = evidence.getByRole("row", { name: `File ${media.mxc}` });
  await expect(file).toBeVisible();
  await expect(file).toContainText(media.sha256.slice(0, 16));
  await expect(evidence.getByRole("note")).toContainText("counts against your daily budget");

  const download = page.waitForEvent("download");
  await file.getByRole("button", { name: `Download the kept bytes of ${media.mxc}` }).click();
  expect((await download).suggestedFilename()).toBe(`evidence-${media.sha256.slice(0, 16)}.bin`);
  await expect
    .poll(() => db.auditEvent.count({ where: { type: "EVIDENCE_DOWNLOADED", actorId: moderatorRow.id } }))
    .toBe(1);
});
