/**
 * The leads' view of their team's exposure (`exposure.read_all`): previews and reveals per reviewer today and over
 * the last 7 days, against each one's daily reveal budget. It is a care tool, not a league table: rows are in
 * alphabetical order and carry no rank, and every active reviewer is listed, including those with nothing to show.
 *
 * Lives with the settings because the budgets it compares against are settings (global and per-reviewer rows).
 */
import type { CurrentReviewer } from "@/lib/auth/types";
import type { Db } from "@/lib/db/client";
import { assertCan } from "@/lib/media/assert-can";
import { startOfUtcDay } from "@/lib/media/exposure-today";
import {
  GLOBAL_SETTINGS_KEY,
  parseGlobalSettings,
  parseReviewerSettings,
  reviewerSettingsKey,
} from "@/lib/media/settings";

export type ExposureCounts = { previews: number; reveals: number };

export type WellbeingRow = {
  reviewerId: string;
  mxid: string;
  displayName: string | null;
  today: ExposureCounts;
  week: ExposureCounts;
  budget: number;
  /** Today's reveals have reached the budget: the reviewer now sees the break prompt before each reveal. */
  budgetReached: boolean;
};

export type WellbeingOverview = { todaySince: Date; weekSince: Date; rows: WellbeingRow[] };

const DAY_MS = 24 * 3600 * 1000;

export async function wellbeingOverview(
  db: Db,
  viewer: Pick<CurrentReviewer, "role">,
  now: Date = new Date(),
): Promise<WellbeingOverview> {
  assertCan(viewer, "exposure.read_all");
  const todaySince = startOfUtcDay(now);
  const weekSince = new Date(todaySince.getTime() - 6 * DAY_MS);
  const window = (since: Date) =>
    db.mediaExposure.groupBy({
      by: ["reviewerId", "kind"],
      where: { createdAt: { gte: since } },
      _count: { _all: true },
    });
  const [today, week, settings] = await Promise.all([
    window(todaySince),
    window(weekSince),
    db.setting.findMany({ where: { key: { startsWith: GLOBAL_SETTINGS_KEY } } }),
  ]);
  const exposed = [...new Set(week.map((g) => g.reviewerId))];
  const reviewers = await db.reviewer.findMany({
    where: { OR: [{ deactivatedAt: null }, { id: { in: exposed } }] },
    select: { id: true, mxid: true, displayName: true },
  });
  const setting = (key: string) => settings.find((s) => s.key === key)?.value;
  const global = parseGlobalSettings(setting(GLOBAL_SETTINGS_KEY));
  const counts = (groups: typeof today, id: string): ExposureCounts => {
    const n = (kind: "PREVIEW" | "REVEAL") =>
      groups.find((g) => g.reviewerId === id && g.kind === kind)?._count._all ?? 0;
    return { previews: n("PREVIEW"), reveals: n("REVEAL") };
  };
  const rows = reviewers.map((r) => {
    const budget =
      parseReviewerSettings(setting(reviewerSettingsKey(r.id))).dailyRevealBudget ?? global.dailyRevealBudget;
    const t = counts(today, r.id);
    return {
      reviewerId: r.id,
      mxid: r.mxid,
      displayName: r.displayName,
      today: t,
      week: counts(week, r.id),
      budget,
      budgetReached: t.reveals > 0 && t.reveals >= budget,
    };
  });
  // By name as people know each other: the display name, else the Matrix id without its sigil.
  const label = (r: WellbeingRow) => (r.displayName ?? r.mxid.replace(/^@/, "")).toLocaleLowerCase("en");
  rows.sort((a, b) => label(a).localeCompare(label(b), "en") || a.mxid.localeCompare(b.mxid));
  return { todaySince, weekSince, rows };
}
