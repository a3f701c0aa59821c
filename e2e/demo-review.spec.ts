/**
 * The review loop in demo mode, as a newcomer sees it right after `npm start` with no homeserver: Next case,
 * context, blurred media and an audited reveal, escalation, and Next under contention. The demo accounts are
 * shared, so this file runs its tests one after another and each starts by giving back every claim the demo
 * accounts hold: any order works, and a failed test leaves nothing behind for the next.
 */
import { expect, type Page, test as base } from "@playwright/test";

import { createPrismaClient, type Db } from "@/lib/db/client";

import { readDemoState } from "./demo-setup";

const PASSWORD = "demo-password";
const state = readDemoState();

const test = base.extend<{ db: Db }>({
  db: async ({}, use) => {
    const db = createPrismaClient(state.databaseUrl);
    await use(db);
    await db.$disconnect();
  },
});

test.describe.configure({ mode: "default" });

test.beforeEach(async ({ db }) => {
  await db.case.updateMany({ where: { claimedById: { not: null } }, data: { claimedById: null, claimExpiresAt: null } });
});

async function signIn(page: Page, username: string) {
  await page.goto("/login");
  await page.getByLabel(/username/i).fill(username);
  await page.getByLabel(/password/i).fill(PASSWORD);
  await page.getByRole("button", { name: /^sign in$/i }).click();
  await expect(page).toHaveURL(/\/queue/);
}

/** The exposure meter loads in the browser, so once it shows, the case page is hydrated and its keys are live. */
const caseHydrated = (page: Page) => expect(page.getByRole("status", { name: "Your media exposure today" })).toBeVisible();
const queueHydrated = (page: Page) => expect(page.getByLabel(/Assigned to me \(\d+\)/)).toBeVisible();
const caseIdOf = (page: Page) => /\/cases\/([^/?#]+)$/.exec(new URL(page.url()).pathname)?.[1] ?? "";
const claimBar = (page: Page) => page.getByRole("region", { name: "Claim", exact: true });

/** An open, unclaimed case whose reported event carries an image (the demo reports several). */
async function openCaseWithImage(db: Db): Promise<string> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM cases
    WHERE status = 'OPEN' AND child_safety = false AND claimed_by_id IS NULL
      AND EXISTS (SELECT 1 FROM jsonb_array_elements(enrichment->'media') m WHERE m->>'mimetype' LIKE 'image/%')
    ORDER BY priority DESC LIMIT 1`;
  expect(rows, "the demo scenario reports messages with images").toHaveLength(1);
  return rows[0]!.id;
}

test("a moderator presses Next case and lands on a claimed case with its context", async ({ page, db }) => {
  await signIn(page, "moderator");
  await queueHydrated(page);
  await page.getByRole("button", { name: /Next case/ }).click();
  await expect(page).toHaveURL(/\/cases\/[^/]+$/);
  await caseHydrated(page);

  await expect(claimBar(page)).toContainText("You hold this case until");
  await expect(claimBar(page)).toContainText("Renewed automatically while this page is open");
  await expect(page.getByRole("region", { name: "Sender" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Room" })).toBeVisible();
  const row = await db.case.findUniqueOrThrow({ where: { id: caseIdOf(page) }, include: { claimedBy: true } });
  expect(row.claimedBy?.mxid).toMatch(/^@moderator:/);

  await page.keyboard.press("r");
  await expect(claimBar(page)).toContainText("Not claimed.");
});

test("a reviewer claims with c, reveals a blurred image with v, and the lead sees the reveal in the case's timeline", async ({ page, browser, db }) => {
  const caseId = await openCaseWithImage(db);
  await signIn(page, "safety");
  await page.goto(`/cases/${caseId}`);
  await caseHydrated(page);
  await page.keyboard.press("c");
  await expect(claimBar(page)).toContainText("You hold this case until");

  await expect(page.getByRole("img", { name: /Blurred preview of/ }).first()).toBeVisible();
  // Keyboard first: `v` reveals the first image, through the same audited path as the Reveal button.
  await page.keyboard.press("v");
  await expect(page.getByRole("img", { name: /Revealed image/ })).toBeVisible();

  const lead = await browser.newContext();
  try {
    const leadPage = await lead.newPage();
    await signIn(leadPage, "lead");
    await leadPage.goto(`/cases/${caseId}`);
    const timeline = leadPage.getByRole("list", { name: "Audit events about this case" });
    await expect(timeline.locator('[data-audit-type="MEDIA_REVEALED"]')).toContainText("Revealed mxc://");
    await expect(timeline.locator('[data-audit-type="CASE_CLAIMED"]').last()).toContainText(/Sun-hee Park|@safety:/);
    await leadPage.goto("/audit");
    await expect(leadPage.getByText("MEDIA_REVEALED").first()).toBeVisible();
  } finally {
    await lead.close();
  }
});

test("a reviewer escalates a case with a note: it leaves the Open status and shows Escalated", async ({ page }) => {
  await signIn(page, "triage");
  await queueHydrated(page);
  await page.keyboard.press("n");
  await expect(page).toHaveURL(/\/cases\/[^/]+$/);
  const caseId = caseIdOf(page);
  await caseHydrated(page);

  await page.keyboard.press("e");
  const dialog = page.getByRole("dialog", { name: "Escalate to a lead" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Note (required)").fill("Coordinated raid across rooms; needs a lead's call on a room block.");
  await dialog.getByRole("button", { name: "Escalate", exact: true }).click();
  await expect(page.locator("header").getByText("Escalated", { exact: true })).toBeVisible();
  await expect(page.locator("header p", { hasText: "Note: Coordinated raid across rooms" })).toBeVisible();

  const link = (status: string) => page.goto(`/queue?status=${status}`).then(() => page.locator(`a[href="/cases/${caseId}"]`));
  await expect(await link("ESCALATED")).not.toHaveCount(0);
  await expect(await link("OPEN")).toHaveCount(0);
});

test("two reviewers pressing Next case at the same moment get different cases", async ({ browser, db }) => {
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  try {
    const pages = await Promise.all(contexts.map((c) => c.newPage()));
    await signIn(pages[0]!, "moderator");
    await signIn(pages[1]!, "triage");
    await Promise.all(pages.map(queueHydrated));

    await Promise.all(pages.map((p) => p.getByRole("button", { name: /Next case/ }).click()));
    await Promise.all(pages.map((p) => expect(p).toHaveURL(/\/cases\/[^/]+$/)));
    const ids = pages.map(caseIdOf);
    expect(ids[0]).not.toBe(ids[1]);
    const rows = await db.case.findMany({ where: { id: { in: ids } }, include: { claimedBy: true } });
    const holder = Object.fromEntries(rows.map((r) => [r.id, r.claimedBy?.mxid]));
    expect(holder[ids[0]!]).toMatch(/^@moderator:/);
    expect(holder[ids[1]!]).toMatch(/^@triage:/);
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});

test("a hold from a page that went stale is refused with a clear message and a reload, then goes through", async ({ page, db }) => {
  const [row] = await db.case.findMany({ where: { status: "OPEN", childSafety: false }, orderBy: { priority: "asc" }, take: 1 });
  await signIn(page, "admin");
  await page.goto(`/cases/${row!.id}`);
  await caseHydrated(page);
  // Someone else changes the case after the page was loaded (a new report would do the same).
  await db.case.update({ where: { id: row!.id }, data: { priority: { increment: 1 } } });

  const hold = async () => {
    await page.keyboard.press("h");
    const dialog = page.getByRole("dialog", { name: "Put this case on hold" });
    await dialog.getByLabel("Note (required)").fill("Waiting for the room admin's reply.");
    await dialog.getByRole("button", { name: "Put on hold", exact: true }).click();
  };
  const version = await claimBar(page).getAttribute("data-case-version");
  await hold();
  await expect(claimBar(page).getByRole("alert")).toContainText("changed since you loaded it");
  await claimBar(page).getByRole("button", { name: "Reload the case" }).click();
  await expect(claimBar(page).getByRole("alert")).toHaveCount(0);
  await expect(claimBar(page)).not.toHaveAttribute("data-case-version", version ?? "");
  await hold();
  await expect(page.locator("header").getByText("On hold", { exact: true })).toBeVisible();
});
