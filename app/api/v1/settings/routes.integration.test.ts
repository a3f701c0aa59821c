/**
 * The settings routes end to end (authentication, permission, body validation, audit), with the session replaced
 * by a test reviewer and the database by the per-file one.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";

import { permissionsOf } from "@/lib/auth/permissions";
import type { CurrentReviewer } from "@/lib/auth/types";
import type { ReviewerRole } from "@/lib/generated/prisma/enums";
import { testDb } from "@/tests/integration/per-file-database";

const state = vi.hoisted(() => ({ reviewer: null as CurrentReviewer | null }));

vi.mock("server-only", () => ({}));
vi.mock("@/lib/auth/session", () => ({ getCurrentReviewer: () => Promise.resolve(state.reviewer) }));
vi.mock("@/lib/db/client", async () => ({
  db: (await import("@/tests/integration/per-file-database")).testDb,
}));

const media = await import("./media-preview/route");
const keywords = await import("./keyword-lists/route");
const mine = await import("./me/media-preview/route");

const reviewers = new Map<ReviewerRole, CurrentReviewer>();
beforeAll(async () => {
  for (const role of ["TRIAGE", "LEAD", "ADMIN"] as const) {
    const row = await testDb().reviewer.create({
      data: { mxid: `@${role.toLowerCase()}:example.org`, role },
    });
    reviewers.set(role, { ...row, permissions: permissionsOf(row), via: "session" });
  }
});

const as = (role: ReviewerRole | null) => (state.reviewer = role ? (reviewers.get(role) ?? null) : null);
const put = (body: unknown) =>
  new Request("http://console.test/api/v1/settings/x", {
    method: "PUT",
    headers: { "content-type": "application/json", "sec-fetch-site": "same-origin", "user-agent": "vitest" },
    body: JSON.stringify(body),
  });
const get = () => new Request("http://console.test/api/v1/settings/x");

describe("settings routes", () => {
  it("answer 401 signed out and 403 to non-admins", async () => {
    as(null);
    expect((await media.PUT(put({}))).status).toBe(401);
    as("LEAD");
    expect((await media.PUT(put({}))).status).toBe(403);
    expect((await keywords.GET(get())).status).toBe(403);
    expect((await keywords.PUT(put({ lists: [] }))).status).toBe(403);
  });

  it("saves the global media settings for an admin, validated and audited", async () => {
    as("ADMIN");
    expect((await media.PUT(put({ blurSigma: 0 }))).status).toBe(400);
    const res = await media.PUT(put({ blurSigma: 35, greyscale: true, dailyRevealBudget: 12 }));
    expect(res.status).toBe(200);
    const read = (await (await media.GET(get())).json()) as {
      value: { blurSigma: number };
      updatedBy: string;
    };
    expect(read).toMatchObject({ value: { blurSigma: 35 }, updatedBy: "@admin:example.org" });
    const audit = await testDb().auditEvent.findFirst({
      where: { type: "SETTING_CHANGED", targetId: "media.preview" },
    });
    expect(audit).toMatchObject({ userAgent: "vitest", data: { from: null, to: { blurSigma: 35 } } });
  });

  it("saves keyword lists and refuses invalid ones with a message", async () => {
    as("ADMIN");
    const bad = await keywords.PUT(put({ lists: [{ id: "x", name: "X", harmId: "nope", terms: ["scam"] }] }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/harm/);
    const ok = await keywords.PUT(
      put({ lists: [{ id: "x", name: "X", harmId: "org.matrix.msc4456.spam", terms: ["scam"] }] }),
    );
    expect(ok.status).toBe(200);
  });

  it("lets any reviewer save their own, stricter preferences, with field errors for weaker ones", async () => {
    as("TRIAGE");
    const weak = await mine.PUT(put({ blurSigma: 5 }));
    expect(weak.status).toBe(400);
    expect(await weak.json()).toMatchObject({
      error: { details: { fieldErrors: { blurSigma: [expect.stringMatching(/at least 35/)] } } },
    });
    expect((await mine.PUT(put({ blurSigma: 50, dailyRevealBudget: 5 }))).status).toBe(200);
    const view = (await (await mine.GET(get())).json()) as { preferences: unknown; team: unknown };
    expect(view).toEqual({
      preferences: { blurSigma: 50, greyscale: null, dailyRevealBudget: 5 },
      team: { blurSigma: 35, greyscale: true, dailyRevealBudget: 12 },
    });
  });
});
