import { randomBytes } from "node:crypto";

import type { Page } from "@playwright/test";

import type { Db } from "@/lib/db/client";

import { expect, test } from "./fixtures";

const uniq = () => randomBytes(5).toString("hex");

/** The filter counts load in the browser only, so seeing them means the page is hydrated and shortcuts are live. */
const hydrated = (page: Page) => expect(page.getByLabel(/Assigned to me \(\d+\)/)).toBeVisible();

/** Cases in one room of their own, so the room filter isolates this test's rows from parallel tests. */
async function seedRoomCases(db: Db, count: number) {
  const room = `!e2e-${uniq()}:example.org`;
  const cases = [];
  for (let i = 0; i < count; i++) {
    const subject = await db.subject.create({
      data: { kind: "EVENT", key: `$e2e-${uniq()}`, isLocal: true, server: "example.org", roomId: room, senderMxid: `@spammer-${uniq()}:example.org` },
    });
    const row = await db.case.create({
      data: {
        subjectId: subject.id,
        priority: 30,
        signalCount: i + 1,
        reporterCount: 1,
        suggestedPolicyId: "org.matrix.msc4456.spam.fraud",
        // Oldest first: the first case is four days old (overdue), the others recent.
        openedAt: new Date(Date.now() - (i === 0 ? 96 : count - i) * 3_600_000),
      },
    });
    await db.signal.create({
      data: { source: "EVENT_REPORT", sourceId: `e2e-${uniq()}`, subjectId: subject.id, caseId: row.id, reporterMxid: "@reporter:example.org", reason: "scam", occurredAt: row.openedAt, raw: {} },
    });
    cases.push(row);
  }
  return { room, cases };
}

test.describe("the queue", () => {
  test("filters live in the URL, survive a reload, and j/k/Enter open the selected case", async ({ page, db, reviewers, signIn }) => {
    const { room, cases } = await seedRoomCases(db, 3);
    await signIn(page, await reviewers.create({ role: "TRIAGE" }));
    await hydrated(page);

    await page.getByLabel("Sort").selectOption("oldest");
    await page.getByLabel("Room", { exact: true }).fill(room);
    await page.getByLabel("Room", { exact: true }).press("Enter");
    await expect(page).toHaveURL((url) => url.searchParams.get("room") === room && url.searchParams.get("sort") === "oldest");

    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel("Sort")).toHaveValue("oldest");
    await expect(page.getByLabel("Room", { exact: true })).toHaveValue(room);
    const rows = page.getByRole("table", { name: "Cases" }).locator("tbody tr");
    await expect(rows).toHaveCount(3);
    await expect(rows.first()).toContainText(String(cases[0]!.number));
    await expect(rows.first().getByText("Overdue")).toBeVisible();
    await expect(rows.first()).toContainText("Fraud");

    // Shortcuts never fire while typing: "j" in the room field is just a letter.
    await page.getByLabel("Room", { exact: true }).focus();
    // Where focus() leaves the caret differs between runs; put it at the end before typing.
    await page.keyboard.press("End");
    await page.keyboard.press("j");
    await expect(page.getByLabel("Room", { exact: true })).toHaveValue(`${room}j`);
    await page.getByLabel("Room", { exact: true }).fill(room);
    await page.locator("main").focus();

    await page.keyboard.press("j");
    await expect(page.getByRole("link", { name: `Case ${cases[0]!.number}` })).toBeFocused();
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    await page.keyboard.press("k");
    await expect(page.getByRole("link", { name: `Case ${cases[1]!.number}` })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/cases/${cases[1]!.id}$`));
  });

  test("? lists the shortcuts in a dialog, and Ctrl-K finds a case by a pasted user id", async ({ page, db, reviewers, signIn }) => {
    const key = `@palette-${uniq()}:example.org`;
    const subject = await db.subject.create({ data: { kind: "USER", key, isLocal: true, server: "example.org" } });
    const target = await db.case.create({ data: { subjectId: subject.id, priority: 5 } });
    await signIn(page, await reviewers.create({ role: "TRIAGE" }));
    await hydrated(page);

    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(help).toBeVisible();
    await expect(help.getByText("Next case (claim and open it)")).toBeVisible();
    await expect(help.getByText("Select the next case")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();

    await page.keyboard.press("Control+k");
    const palette = page.getByRole("combobox", { name: /paste @user:server/ });
    await expect(palette).toBeFocused();
    await palette.fill(`@nobody-${uniq()}:example.org`);
    await expect(page.getByRole("status").filter({ hasText: "No case about this." })).toBeVisible();
    await palette.fill(key);
    await expect(page.getByRole("option", { name: new RegExp(`Case ${target.number}`) })).toBeVisible();
    await palette.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/cases/${target.id}$`));
  });
});
