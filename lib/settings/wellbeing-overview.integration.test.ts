import { describe, expect, it } from "vitest";

import { ZMediaPreviewSettings } from "@/lib/media/settings";
import { testDb } from "@/tests/integration/per-file-database";

import { saveMediaPreviewSettings } from "./save-media-preview";
import { wellbeingOverview } from "./wellbeing-overview";

const NOW = new Date("2026-11-10T15:00:00Z");
const HOUR = 3600 * 1000;

describe("wellbeing overview", () => {
  it("lists every active reviewer alphabetically with today's and the week's exposure against their budget", async () => {
    const db = testDb();
    const mk = (mxid: string, displayName: string | null) =>
      db.reviewer.create({ data: { mxid, displayName, role: "MODERATOR" } });
    const zed = await mk("@zed:example.org", "Zed");
    const amy = await mk("@amy:example.org", "amy");
    const idle = await mk("@bo:example.org", null);
    const admin = await db.reviewer.create({ data: { mxid: "@admin:example.org", role: "ADMIN" } });
    await saveMediaPreviewSettings(db, {
      actor: admin,
      settings: ZMediaPreviewSettings.parse({ dailyRevealBudget: 3 }),
    });
    await db.setting.create({
      data: { key: `media.preview.reviewer.${amy.id}`, value: { dailyRevealBudget: 1 } },
    });

    const at = (hoursAgo: number) => new Date(NOW.getTime() - hoursAgo * HOUR);
    const rows = [
      ...[1, 2, 3].map((h) => ({ reviewerId: zed.id, kind: "REVEAL" as const, createdAt: at(h) })),
      { reviewerId: zed.id, kind: "PREVIEW" as const, createdAt: at(1) },
      { reviewerId: amy.id, kind: "REVEAL" as const, createdAt: at(48) },
      { reviewerId: amy.id, kind: "PREVIEW" as const, createdAt: at(2) },
      { reviewerId: amy.id, kind: "REVEAL" as const, createdAt: at(24 * 10) },
    ];
    await db.mediaExposure.createMany({ data: rows.map((r) => ({ ...r, mxcUri: "mxc://example.org/x" })) });

    const view = await wellbeingOverview(db, { role: "LEAD" }, NOW);
    expect(view.rows.map((r) => r.mxid)).toEqual([
      "@admin:example.org",
      "@amy:example.org",
      "@bo:example.org",
      "@zed:example.org",
    ]);
    const byId = new Map(view.rows.map((r) => [r.reviewerId, r]));
    expect(byId.get(zed.id)).toMatchObject({
      today: { reveals: 3, previews: 1 },
      week: { reveals: 3, previews: 1 },
      budget: 3,
      budgetReached: true,
    });
    expect(byId.get(amy.id)).toMatchObject({
      today: { reveals: 0, previews: 1 },
      week: { reveals: 1, previews: 1 },
      budget: 1,
      budgetReached: false,
    });
    expect(byId.get(idle.id)).toMatchObject({
      today: { reveals: 0 },
      week: { reveals: 0 },
      budgetReached: false,
    });
  });

  it("is for leads only", async () => {
    await expect(wellbeingOverview(testDb(), { role: "MODERATOR" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
