/**
 * May this reviewer see this media unblurred (or download the original), now? Checked before anything is fetched:
 * the permission, the child-safety qualification (for the case and for any child-safety case about the same file),
 * the harm's reveal rule, and the daily budget. Past the budget a reveal needs the reviewer to confirm the break
 * prompt (`acknowledgeOverBudget`), and the audit row says so: the budget protects people, it does not block a
 * decision that cannot wait.
 */
import type { CurrentReviewer } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";

import { assertCan } from "./assert-can";
import { exposureToday } from "./exposure-today";
import { loadCaseContext, type MediaCaseContext } from "./load-case-context";
import { loadMediaSettings } from "./load-media-settings";
import type { MediaDeps } from "./media-deps";
import { type EffectivePreviewSettings, resolvePreviewSettings } from "./settings";

export interface RevealGrant {
  context: MediaCaseContext;
  settings: EffectivePreviewSettings;
  overBudget: boolean;
}

export async function authorizeReveal(
  deps: MediaDeps,
  reviewer: Pick<CurrentReviewer, "id" | "role" | "childSafety">,
  input: { mxc: string; caseId?: string | null; acknowledgeOverBudget?: boolean },
): Promise<RevealGrant> {
  assertCan(reviewer, "media.reveal");
  const context = await loadCaseContext(deps.db, reviewer, { caseId: input.caseId, mxc: input.mxc });
  const settings = resolvePreviewSettings({ ...(await loadMediaSettings(deps.db, reviewer.id)), ...context });
  if (settings.reveal === "disabled") {
    throw new AppError("FORBIDDEN", "Revealing media is turned off for this harm; decide from the blurred preview and hashes.");
  }
  if (settings.reveal === "qualified_only" && !reviewer.childSafety) {
    throw new AppError("FORBIDDEN", "Revealing this media needs the child-safety qualification.");
  }
  const today = await exposureToday(deps.db, reviewer.id, deps.now());
  if (today.overBudget && !input.acknowledgeOverBudget) {
    throw new AppError(
      "RATE_LIMITED",
      `You have used today's ${today.budget} reveals. Take a break, or confirm to reveal anyway (it is recorded).`,
      { exposure: today },
    );
  }
  return { context, settings, overBudget: today.overBudget };
}
