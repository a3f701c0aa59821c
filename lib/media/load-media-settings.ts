/**
 * Reads the global and per-reviewer preview settings (two `Setting` rows, one query).
 */
import type { Db } from "@/lib/db/client";

import {
  GLOBAL_SETTINGS_KEY,
  type MediaPreviewSettings,
  parseGlobalSettings,
  parseReviewerSettings,
  type ReviewerPreviewSettings,
  reviewerSettingsKey,
} from "./settings";

export async function loadMediaSettings(
  db: Db,
  reviewerId: string,
): Promise<{ global: MediaPreviewSettings; reviewer: ReviewerPreviewSettings }> {
  const personal = reviewerSettingsKey(reviewerId);
  const rows = await db.setting.findMany({ where: { key: { in: [GLOBAL_SETTINGS_KEY, personal] } } });
  const value = (key: string) => rows.find((r) => r.key === key)?.value;
  return { global: parseGlobalSettings(value(GLOBAL_SETTINGS_KEY)), reviewer: parseReviewerSettings(value(personal)) };
}
