import { expect, test } from "./fixtures";

test.describe("signing in with a Matrix account", () => {
  test("a reviewer on the roster signs in with their homeserver password and sees their (empty) queue", async ({ page, reviewers, signIn }) => {
    const reviewer = await reviewers.create({ role: "MODERATOR" });
    await signIn(page, reviewer);
    await expect(page.getByRole("heading", { name: /queue/i })).toBeVisible();
    await expect(page.getByText(reviewer.mxid)).toBeVisible();
    // The shared queue fills up as intake pulls reports from the test homeserver (and other specs seed cases);
    // the cases assigned to a reviewer who just arrived are certainly none.
    await page.goto("/queue?mine=1");
    await expect(page.getByText("No cases match this view.")).toBeVisible();
  });

  test("signed-out visitors are sent to the login page and come back after signing in", async ({ page, reviewers }) => {
    await page.goto("/stats");
    await expect(page).toHaveURL(/\/login\?next=%2Fstats/);
    const lead = await reviewers.create({ role: "LEAD" });
    await page.getByLabel(/username/i).fill(lead.mxid);
    await page.getByLabel(/password/i).fill(lead.password);
    await page.getByRole("button", { name: /^sign in$/i }).click();
    await expect(page).toHaveURL(/\/stats$/);
  });

  test("a wrong password is refused with a clear message", async ({ page, reviewers }) => {
    const reviewer = await reviewers.create({ role: "TRIAGE" });
    await page.goto("/login");
    await page.getByLabel(/username/i).fill(reviewer.localpart);
    await page.getByLabel(/password/i).fill("not-the-password");
    await page.getByRole("button", { name: /^sign in$/i }).click();
    await expect(page.locator("form").getByRole("alert")).toContainText(/did not accept that username and password/i);
    await expect(page).toHaveURL(/\/login/);
  });

  test("a valid Matrix account that is not on the roster is refused", async ({ page, reviewers }) => {
    const stranger = await reviewers.create({ role: null });
    await page.goto("/login");
    await page.getByLabel(/username/i).fill(stranger.localpart);
    await page.getByLabel(/password/i).fill(stranger.password);
    await page.getByRole("button", { name: /^sign in$/i }).click();
    await expect(page.locator("form").getByRole("alert")).toContainText(/not on the console's reviewer roster/i);
  });

  test("signing out ends the session", async ({ page, reviewers, signIn }) => {
    const reviewer = await reviewers.create({ role: "TRIAGE" });
    await signIn(page, reviewer);
    await page.getByRole("button", { name: /sign out/i }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/queue");
    await expect(page).toHaveURL(/\/login/);
  });

  test("removing a reviewer from the roster ends their session at once", async ({ page, reviewers, signIn, db }) => {
    const reviewer = await reviewers.create({ role: "MODERATOR" });
    await signIn(page, reviewer);
    await db.reviewer.update({ where: { mxid: reviewer.mxid }, data: { deactivatedAt: new Date() } });
    await page.goto("/queue");
    await expect(page).toHaveURL(/\/login/);
  });
});
