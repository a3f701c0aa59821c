import { withReviewerBinary } from "@/lib/http/binary-route";
import { defaultMediaDeps } from "@/lib/media/media-deps";
import { descriptorResponse, webpResponse } from "@/lib/media/media-responses";
import { previewMedia } from "@/lib/media/preview-media";
import { ZPreviewQuery } from "@/lib/media/schemas";

export const runtime = "nodejs";

// GET /api/v1/media/preview?mxc=…&caseId=…&greyscale=1 — the blurred WebP (415 + descriptor when not an image).
export const GET = withReviewerBinary({ permission: "case.read", query: ZPreviewQuery }, async ({ reviewer, query }) => {
  const result = await previewMedia(defaultMediaDeps(), reviewer, query);
  if (result.kind === "descriptor") return descriptorResponse(result.descriptor, result.quarantined);
  return webpResponse(result.webp, { "X-Preview-Cache": result.cached ? "hit" : "miss" });
});
