import { requestContext } from "@/lib/auth/request-context";
import { db } from "@/lib/db/client";
import { withReviewerBody } from "@/lib/http/body-route";
import { withReviewer } from "@/lib/http/route";
import { loadMyPreview } from "@/lib/settings/load-my-preview";
import { saveMyPreviewSettings } from "@/lib/settings/save-my-preview";
import { ZPutMyPreviewBody } from "@/lib/settings/schemas";

export const runtime = "nodejs";

// GET /api/v1/settings/me/media-preview — the signed-in reviewer's own preferences and the team's floors.
export const GET = withReviewer({ permission: "case.read" }, ({ reviewer }) =>
  loadMyPreview(db(), reviewer.id),
);

// PUT /api/v1/settings/me/media-preview — set them; refused (400, field errors) when weaker than the team's settings.
export const PUT = withReviewerBody(
  { permission: "case.read", body: ZPutMyPreviewBody },
  ({ reviewer, body, request }) =>
    saveMyPreviewSettings(db(), {
      actor: reviewer,
      preferences: body,
      context: requestContext(request.headers),
    }),
);
