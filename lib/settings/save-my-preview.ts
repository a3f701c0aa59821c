/**
 * Saves the signed-in reviewer's own preview preferences. Any reviewer may (`case.read`), for themselves only;
 * a preference weaker than the global settings is refused with field errors. The global row is read inside the
 * transaction, so a concurrent global change cannot slip a now-weaker preference through.
 */
import type { CurrentReviewer } from "@/lib/auth/types";
import type { AuditContext } from "@/lib/audit/types";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/media/assert-can";
import { GLOBAL_SETTINGS_KEY, parseGlobalSettings, reviewerSettingsKey } from "@/lib/media/settings";

import { type TMyPreviewInput, toStored, weakerThanGlobal, ZMyPreviewInput } from "./my-preview";
import { writeSetting } from "./write-setting";

export async function saveMyPreviewSettings(
  db: Db,
  input: {
    actor: Pick<CurrentReviewer, "id" | "mxid" | "role">;
    preferences: TMyPreviewInput;
    context?: AuditContext;
  },
): Promise<{ preferences: TMyPreviewInput; changed: boolean }> {
  assertCan(input.actor, "case.read");
  const preferences = ZMyPreviewInput.parse(input.preferences);
  const { changed } = await db.$transaction(async (tx) => {
    const global = parseGlobalSettings(
      (await tx.setting.findUnique({ where: { key: GLOBAL_SETTINGS_KEY } }))?.value,
    );
    const fieldErrors = weakerThanGlobal(preferences, global);
    if (Object.keys(fieldErrors).length > 0) {
      const first = Object.values(fieldErrors)[0]?.[0] ?? "Preferences can only make previews safer.";
      throw new AppError("BAD_REQUEST", first, { fieldErrors });
    }
    return writeSetting(tx, {
      key: reviewerSettingsKey(input.actor.id),
      value: toStored(preferences),
      actor: input.actor,
      context: input.context,
    });
  });
  return { preferences, changed };
}
