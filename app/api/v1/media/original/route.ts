import { requestContext } from "@/lib/auth/request-context";
import { withReviewerBinary } from "@/lib/http/binary-route";
import { downloadOriginal } from "@/lib/media/download-original";
import { defaultMediaDeps } from "@/lib/media/media-deps";
import { attachmentResponse, descriptorResponse } from "@/lib/media/media-responses";
import { ZOriginalQuery } from "@/lib/media/schemas";

export const runtime = "nodejs";

// GET /api/v1/media/original?mxc=…&caseId=… — the original bytes as an opaque attachment, audited MEDIA_DOWNLOADED.
export const GET = withReviewerBinary(
  { permission: "media.reveal", query: ZOriginalQuery },
  async ({ reviewer, query, request }) => {
    const result = await downloadOriginal(defaultMediaDeps(), reviewer, { ...query, context: requestContext(request.headers) });
    if (result.kind === "descriptor") return descriptorResponse(result.descriptor);
    return attachmentResponse(result.bytes, result.name, result.sha256);
  },
);
