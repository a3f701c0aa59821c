/**
 * A reviewer's exposure since the start of the current UTC day, against their daily reveal budget. Previews count
 * too (they are shown to the reviewer and to leads) but only reveals and original downloads spend the budget:
 * blurred previews are the safe default the console wants people to use.
 */
import type { Db } from "@/lib/db/client";

import { loadMediaSettings } from "./load-media-settings";

export interface ExposureToday {
  since: string;
  previews: number;
  reveals: number;
  budget: number;
  remaining: number;
  /** True once the day's reveal budget is used up: the next reveal needs the reviewer to confirm the break prompt. */
  overBudget: boolean;
}

export function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export async function exposureToday(db: Db, reviewerId: string, now: Date = new Date()): Promise<ExposureToday> {
  const since = startOfUtcDay(now);
  const [settings, groups] = await Promise.all([
    loadMediaSettings(db, reviewerId),
    db.mediaExposure.groupBy({
      by: ["kind"],
      where: { reviewerId, createdAt: { gte: since } },
      _count: { _all: true },
    }),
  ]);
  const count = (kind: "PREVIEW" | "REVEAL") => groups.find((g) => g.kind === kind)?._count._all ?? 0;
  const budget = settings.reviewer.dailyRevealBudget ?? settings.global.dailyRevealBudget;
  const reveals = count("REVEAL");
  return {
    since: since.toISOString(),
    previews: count("PREVIEW"),
    reveals,
    budget,
    remaining: Math.max(0, budget - reveals),
    overBudget: reveals >= budget,
  };
}
