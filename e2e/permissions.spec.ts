import { expect, test } from "./fixtures";

const NAV = ["Queue", "Appeals", "Audit", "Stats", "Intake status", "Settings"] as const;
type Role = "TRIAGE" | "MODERATOR" | "LEAD" | "ADMIN";
const VISIBLE: Record<Role, (typeof NAV)[number][]> = {
  TRIAGE: ["Queue"],
  MODERATOR: ["Queue", "Appeals"],
  LEAD: ["Queue", "Appeals", "Audit", "Stats", "Intake status"],
  ADMIN: ["Queue", "Appeals", "Audit", "Stats", "Intake status", "Settings"],
};

test.describe("every role sees exactly what it may", () => {
  for (const [role, visible] of Object.entries(VISIBLE) as [Role, (typeof NAV)[number][]][]) {
    test(`${role.toLowerCase()} navigation`, async ({ page, reviewers, signIn }) => {
      const reviewer = await reviewers.create({ role });
      await signIn(page, reviewer);
      const nav = page.getByRole("navigation", { name: "Console" });
      for (const item of NAV) {
        const link = nav.getByRole("link", { name: item, exact: true });
        if (visible.includes(item)) await expect(link).toBeVisible();
        else await expect(link).toHaveCount(0);
      }
    });
  }

  test("a triage reviewer is refused the admin and lead pages with 403", async ({ page, reviewers, signIn }) => {
    const triage = await reviewers.create({ role: "TRIAGE" });
    await signIn(page, triage);
    for (const path of ["/settings", "/audit", "/stats", "/intake", "/appeals"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { name: /don.t have access/i })).toBeVisible();
    }
  });

  test("an admin sees the roster and the audit log of sign-ins", async ({ page, reviewers, signIn }) => {
    const admin = await reviewers.create({ role: "ADMIN" });
    await signIn(page, admin);
    await page.goto("/settings");
    await expect(page.getByRole("cell", { name: admin.mxid })).toBeVisible();
    await page.goto("/audit");
    await expect(page.getByText("REVIEWER_SIGNED_IN").first()).toBeVisible();
  });
});

test.describe("the JSON API", () => {
  test("answers 401 without credentials and 403 when the role may not", async ({ request, reviewers, apiToken }) => {
    const anonymous = await request.get("/api/v1/me");
    expect(anonymous.status()).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });

    const triage = await reviewers.create({ role: "TRIAGE" });
    const token = await apiToken(triage);
    const headers = { authorization: `Bearer ${token}` };
    const me = await request.get("/api/v1/me", { headers });
    expect(me.status()).toBe(200);
    expect(await me.json()).toMatchObject({ mxid: triage.mxid, role: "TRIAGE" });
    expect((await request.get("/api/v1/cases", { headers })).status()).toBe(200);
    const audit = await request.get("/api/v1/audit-events", { headers });
    expect(audit.status()).toBe(403);
    expect(await audit.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
    expect((await request.get("/api/v1/me", { headers: { authorization: "Bearer msc_forged-token-value-1234567890" } })).status()).toBe(401);
  });

  test("validates query parameters", async ({ request, reviewers, apiToken }) => {
    const lead = await reviewers.create({ role: "LEAD" });
    const headers = { authorization: `Bearer ${await apiToken(lead)}` };
    const bad = await request.get("/api/v1/cases?limit=100000", { headers });
    expect(bad.status()).toBe(400);
    expect((await request.get("/api/v1/cases?cursor=garbage", { headers })).status()).toBe(400);
    const audit = await request.get("/api/v1/audit-events?limit=5", { headers });
    expect(audit.status()).toBe(200);
    const body = (await audit.json()) as { items: unknown[] };
    expect(body.items.length).toBeGreaterThan(0);
  });
});

test("pages are served with a nonce-based Content-Security-Policy and no inline script allowance", async ({ page }) => {
  const response = await page.goto("/login");
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).not.toContain("'unsafe-inline' 'unsafe-eval'");
  expect(csp.split(";").find((d) => d.trim().startsWith("script-src"))).not.toContain("unsafe-inline");
  expect(response?.headers()["x-content-type-options"]).toBe("nosniff");
});
