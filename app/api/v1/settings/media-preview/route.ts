import { requestContext } from "@/lib/auth/request-context";
import { db } from "@/lib/db/client";
import { withReviewerBody } from "@/lib/http/body-route";
import { withReviewer } from "@/lib/http/route";
import { GLOBAL_SETTINGS_KEY, parseGlobalSettings } from "@/lib/media/settings";
import { readSetting } from "@/lib/settings/read-setting";
import { saveMediaPreviewSettings } from "@/lib/settings/save-media-preview";
import { ZPutMediaPreviewBody } from "@/lib/settings/schemas";

export const runtime = "nodejs";

// GET /api/v1/settings/media-preview — the global preview settings (defaults when none are saved).
export const GET = withReviewer({ permission: "settings.manage" }, () =>
  readSetting(db(), GLOBAL_SETTINGS_KEY, parseGlobalSettings),
);

// PUT /api/v1/settings/media-preview — replace them; audited SETTING_CHANGED (old → new) in the same transaction.
export const PUT = withReviewerBody(
  { permission: "settings.manage", body: ZPutMediaPreviewBody },
  ({ reviewer, body, request }) =>
    saveMediaPreviewSettings(db(), {
      actor: reviewer,
      settings: body,
      context: requestContext(request.headers),
    }),
);
