/**
 * A reviewer opens a case and has what they need to decide: the reports, the content and its context, the sender
 * and room, and the event's media as a blurred preview fetched from the real Synapse. Revealing the image is an
 * explicit act that lands in the audit log.
 */
import { expect, test } from "./fixtures";
import { readE2EState } from "./state";
import { guardPage } from "./support/page-guards";
import { enrichedEvent, seedCase } from "./support/seed-case";
import { uploadPngAsTestUser } from "./support/synapse-media";

test("a reviewer reads a case, sees a blurred preview, reveals it, and the reveal is audited", async ({ page, db, reviewers, signIn }, testInfo) => {
  const { synapse } = readE2EState();
  await guardPage(page);
  const media = await uploadPngAsTestUser();
  const roomId = `!case${Date.now()}:${synapse.serverName}`;
  const sender = media.uploader;
  const seeded = await seedCase(db, {
    serverName: synapse.serverName,
    sender,
    roomId,
    signals: [
      { reason: "Unsolicited picture, please check", score: -100 },
      { reason: "same guy again", reporterMxid: `@second:${synapse.serverName}` },
    ],
    enrichment: {
      event: enrichedEvent({ sender, roomId, content: { msgtype: "m.image", body: "evidence.png", url: media.mxc, info: { mimetype: "image/png", size: media.size } } }),
      context: {
        before: [enrichedEvent({ sender: `@bystander:${synapse.serverName}`, roomId, content: { msgtype: "m.text", body: "who is this?" } })],
        after: [],
      },
      room: { roomId, name: "Garden club", canonicalAlias: null, topic: "Plants and more plants", joinedMembers: 42, public: true },
      media: [{ mxc: media.mxc, mimetype: "image/png", size: media.size, uploadName: "evidence.png", quarantined: false }],
    },
  });

  const reviewer = await reviewers.create({ role: "MODERATOR" });
  const reviewerRow = await db.reviewer.findUniqueOrThrow({ where: { mxid: reviewer.mxid } });
  await signIn(page, reviewer);
  await page.goto(`/cases/${seeded.caseId}`);

  await expect(page.getByRole("heading", { name: `Case ${seeded.number}`, level: 1 })).toBeVisible();
  const reports = page.getByRole("list", { name: "Reports" });
  await expect(reports.getByText("Unsolicited picture, please check", { exact: true })).toBeVisible();
  await expect(reports.getByText("same guy again", { exact: true })).toBeVisible();
  await expect(page.getByText("who is this?", { exact: true })).toBeVisible();
  await expect(page.getByText("Garden club", { exact: true })).toBeVisible();
  // The decision form's slot (the form itself is the decisions work's, tested in its own specs).
  await expect(page.getByRole("region", { name: "Decision", exact: true })).toBeVisible();

  // Evidence first: the hashes of the very file on Synapse, then the blurred preview.
  await expect(page.getByTestId("media-sha256")).toHaveText(media.sha256);
  const preview = page.getByRole("img", { name: /Blurred preview of/ });
  await expect(preview).toBeVisible();
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(page.getByRole("status", { name: "Your media exposure today" })).toContainText("0 of");

  await testInfo.attach("case-page.png", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
  await page.getByRole("button", { name: "Reveal", exact: true }).click();
  const revealed = page.getByRole("img", { name: /Revealed image/ });
  await expect(revealed).toBeVisible();
  expect(await revealed.getAttribute("src")).toMatch(/^blob:/);
  await expect(page.getByRole("status", { name: "Your media exposure today" })).toContainText("1 of");

  const audit = await db.auditEvent.findMany({ where: { type: "MEDIA_REVEALED", actorId: reviewerRow.id } });
  expect(audit.map((a) => (a.data as { mxc: string; caseId: string }).mxc)).toEqual([media.mxc]);
  expect((audit[0]?.data as { caseId: string }).caseId).toBe(seeded.caseId);

  // The same data is available to scripts as JSON.
  const api = await page.request.get(`/api/v1/cases/${seeded.caseId}`);
  expect(api.status()).toBe(200);
  expect(await api.json()).toMatchObject({ id: seeded.caseId, signals: [{}, {}], enrichment: { value: { media: [{ mxc: media.mxc }] } } });
});

test("a child-safety case does not exist for a reviewer without the qualification", async ({ page, db, reviewers, signIn }) => {
  const { synapse } = readE2EState();
  const seeded = await seedCase(db, { serverName: synapse.serverName, childSafety: true, signals: [{ reason: "report" }] });
  const reviewer = await reviewers.create({ role: "ADMIN" });
  await signIn(page, reviewer);
  const response = await page.goto(`/cases/${seeded.caseId}`);
  expect(response?.status()).toBe(404);
  expect((await page.request.get(`/api/v1/cases/${seeded.caseId}`)).status()).toBe(404);

  const qualified = await reviewers.create({ role: "TRIAGE", childSafety: true });
  await page.context().clearCookies();
  await signIn(page, qualified);
  expect((await page.goto(`/cases/${seeded.caseId}`))?.status()).toBe(200);
});
