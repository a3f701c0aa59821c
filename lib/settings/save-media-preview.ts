/**
 * Saves the global media preview settings (`media.preview`): blur strength, greyscale default, per-harm rules and
 * the daily reveal budget. Admins only (`settings.manage`); validated with the same schema the preview pipeline
 * reads with (lib/media/settings.ts), so what is saved is exactly what takes effect.
 */
import type { CurrentReviewer } from "@/lib/auth/types";
import type { AuditContext } from "@/lib/audit/types";
import type { Db } from "@/lib/db/client";
import { assertCan } from "@/lib/media/assert-can";
import { GLOBAL_SETTINGS_KEY, type MediaPreviewSettings, ZMediaPreviewSettings } from "@/lib/media/settings";

import { writeSetting } from "./write-setting";

export async function saveMediaPreviewSettings(
  db: Db,
  input: {
    actor: Pick<CurrentReviewer, "id" | "mxid" | "role">;
    settings: MediaPreviewSettings;
    context?: AuditContext;
  },
): Promise<{ settings: MediaPreviewSettings; changed: boolean }> {
  assertCan(input.actor, "settings.manage");
  const settings = ZMediaPreviewSettings.parse(input.settings);
  const { changed } = await db.$transaction((tx) =>
    writeSetting(tx, {
      key: GLOBAL_SETTINGS_KEY,
      value: settings,
      actor: input.actor,
      context: input.context,
    }),
  );
  return { settings, changed };
}
