import { requestContext } from "@/lib/auth/request-context";
import { withReviewerBinary } from "@/lib/http/binary-route";
import { defaultMediaDeps } from "@/lib/media/media-deps";
import { descriptorResponse, webpResponse } from "@/lib/media/media-responses";
import { revealMedia } from "@/lib/media/reveal-media";
import { ZRevealBody } from "@/lib/media/schemas";

export const runtime = "nodejs";

// POST /api/v1/media/reveal {mxc, caseId} — the unblurred re-encoded rendition, after the reveal is recorded + audited.
export const POST = withReviewerBinary(
  { permission: "media.reveal", body: ZRevealBody },
  async ({ reviewer, body, request }) => {
    const result = await revealMedia(defaultMediaDeps(), reviewer, { ...body, context: requestContext(request.headers) });
    if (result.kind === "descriptor") return descriptorResponse(result.descriptor);
    return webpResponse(result.webp, { "X-Over-Budget": result.overBudget ? "1" : "0" });
  },
);
