/** A reviewer's own preview preferences, with the team settings they may only strengthen (for the form's limits). */
import type { Db } from "@/lib/db/client";
import { loadMediaSettings } from "@/lib/media/load-media-settings";

import { currentPreferences, type TMyPreviewInput } from "./my-preview";

export type MyPreviewView = {
  preferences: TMyPreviewInput;
  team: { blurSigma: number; greyscale: boolean; dailyRevealBudget: number };
};

export async function loadMyPreview(db: Db, reviewerId: string): Promise<MyPreviewView> {
  const { global, reviewer } = await loadMediaSettings(db, reviewerId);
  return {
    preferences: currentPreferences(reviewer, global),
    team: {
      blurSigma: global.blurSigma,
      greyscale: global.greyscale,
      dailyRevealBudget: global.dailyRevealBudget,
    },
  };
}
