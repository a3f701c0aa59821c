import { z } from "zod";

import { requestContext } from "@/lib/auth/request-context";
import { downloadEvidence } from "@/lib/evidence/download-evidence";
import { withReviewerBinary } from "@/lib/http/binary-route";
import { defaultMediaDeps } from "@/lib/media/media-deps";
import { attachmentResponse } from "@/lib/media/media-responses";

export const runtime = "nodejs";

const ZQuery = z.object({ acknowledgeOverBudget: z.enum(["true", "false"]).optional() });

// GET /api/v1/cases/<caseId>/evidence/<snapshotId> — the kept media bytes as an attachment, audited EVIDENCE_DOWNLOADED.
export async function GET(
  request: Request,
  context: { params: Promise<{ caseId: string; snapshotId: string }> },
) {
  const { caseId, snapshotId } = await context.params;
  return withReviewerBinary({ permission: "media.reveal", query: ZQuery }, async ({ reviewer, query }) => {
    const file = await downloadEvidence(defaultMediaDeps(), reviewer, {
      caseId,
      snapshotId,
      acknowledgeOverBudget: query.acknowledgeOverBudget === "true",
      context: requestContext(request.headers),
    });
    return attachmentResponse(file.bytes, file.fileName, file.sha256);
  })(request);
}
