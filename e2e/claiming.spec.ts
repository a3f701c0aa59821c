import { randomBytes } from "node:crypto";

import type { Page } from "@playwright/test";

import type { Db } from "@/lib/db/client";

import { expect, test } from "./fixtures";

const uniq = () => randomBytes(5).toString("hex");

/**
 * Cases at the very top of the queue, so "next" hands out these rather than cases other specs seeded. More are
 * seeded than claimed, so parallel tests never run the queue dry for each other.
 */
async function seedTopCases(db: Db, count: number) {
  for (let i = 0; i < count; i++) {
    const subject = await db.subject.create({ data: { kind: "USER", key: `@claim-${uniq()}:example.org`, isLocal: true, server: "example.org" } });
    await db.case.create({ data: { subjectId: subject.id, priority: 1_000_000 } });
  }
}

/** The filter counts load in the browser only, so seeing them means the page is hydrated and shortcuts are live. */
const hydrated = (page: Page) => expect(page.getByLabel(/Assigned to me \(\d+\)/)).toBeVisible();

const caseIdFrom = (url: string) => /\/cases\/([^/?#]+)$/.exec(new URL(url).pathname)?.[1];

test.describe("claiming", () => {
  test("n claims the top case and opens it; pressing again returns the same case", async ({ page, db, reviewers, signIn }) => {
    await seedTopCases(db, 3);
    const reviewer = await reviewers.create({ role: "TRIAGE" });
    await signIn(page, reviewer);
    await hydrated(page);

    await page.keyboard.press("n");
    await expect(page).toHaveURL(/\/cases\/[^/]+$/);
    const caseId = caseIdFrom(page.url())!;
    const row = await db.case.findUniqueOrThrow({ where: { id: caseId }, include: { claimedBy: true } });
    expect(row.claimedBy?.mxid).toBe(reviewer.mxid);
    expect(row.claimExpiresAt!.getTime()).toBeGreaterThan(Date.now());
    expect(await db.auditEvent.count({ where: { type: "CASE_CLAIMED", targetId: caseId } })).toBe(1);

    await page.goto("/queue");
    await page.getByRole("button", { name: /Next case/ }).click();
    await expect(page).toHaveURL(new RegExp(`/cases/${caseId}$`));
  });

  test("two reviewers pressing Next case at the same moment get different cases", async ({ browser, db, reviewers, signIn }) => {
    await seedTopCases(db, 4);
    const [alice, bob] = await Promise.all([reviewers.create({ role: "TRIAGE" }), reviewers.create({ role: "MODERATOR" })]);
    const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
    try {
      const pages = await Promise.all(contexts.map((c) => c.newPage()));
      await signIn(pages[0]!, alice);
      await signIn(pages[1]!, bob);
      const buttons = pages.map((p) => p.getByRole("button", { name: /Next case/ }));
      await Promise.all(pages.map(hydrated));

      await Promise.all(buttons.map((b) => b.click()));
      await Promise.all(pages.map((p) => expect(p).toHaveURL(/\/cases\/[^/]+$/)));

      const ids = pages.map((p) => caseIdFrom(p.url())!);
      expect(ids[0]).not.toBe(ids[1]);
      const rows = await db.case.findMany({ where: { id: { in: ids } }, include: { claimedBy: true } });
      const holder = Object.fromEntries(rows.map((r) => [r.id, r.claimedBy?.mxid]));
      expect(holder[ids[0]!]).toBe(alice.mxid);
      expect(holder[ids[1]!]).toBe(bob.mxid);
    } finally {
      await Promise.all(contexts.map((c) => c.close()));
    }
  });

  test("the queue shows who holds a case without a reload", async ({ page, db, reviewers, signIn }) => {
    const room = `!claims-${uniq()}:example.org`;
    const subject = await db.subject.create({ data: { kind: "ROOM", key: room, isLocal: true, server: "example.org" } });
    const row = await db.case.create({ data: { subjectId: subject.id, priority: 3 } });
    const other = await reviewers.create({ role: "TRIAGE" });
    await signIn(page, await reviewers.create({ role: "TRIAGE" }));
    await page.goto(`/queue?room=${encodeURIComponent(room)}`);
    const caseRow = page.getByRole("table", { name: "Cases" }).locator("tbody tr");
    await expect(caseRow).toContainText("Unclaimed");

    // Someone else claims it (as POST /cases/<id>/claim would); the 10 s poll brings it in.
    const otherReviewer = await db.reviewer.findUniqueOrThrow({ where: { mxid: other.mxid } });
    await db.case.update({ where: { id: row.id }, data: { claimedById: otherReviewer.id, claimExpiresAt: new Date(Date.now() + 15 * 60_000) } });
    await expect(caseRow).toContainText("In review by", { timeout: 20_000 });
    await expect(caseRow).toContainText(other.localpart);
  });
});
