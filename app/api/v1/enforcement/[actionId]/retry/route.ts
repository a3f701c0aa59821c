import { z } from "zod";

import { requestContext } from "@/lib/auth/request-context";
import { db } from "@/lib/db/client";
import { retryEnforcementAction } from "@/lib/enforcement/retry-action";
import { withReviewerBody } from "@/lib/http/body-route";

export const runtime = "nodejs";

// POST /api/v1/enforcement/<actionId>/retry — send a FAILED action back to the worker (attempts restart). Audited as
// ENFORCEMENT_RETRY_REQUESTED in the same transaction; 409 when it is no longer failed (another lead retried it).
export async function POST(request: Request, { params }: { params: Promise<{ actionId: string }> }) {
  const { actionId } = await params;
  return withReviewerBody({ permission: "enforcement.retry", body: z.object({}).strict() }, async ({ reviewer }) => {
    await retryEnforcementAction(db(), actionId.slice(0, 64), { id: reviewer.id, context: requestContext(request.headers) });
    return { actionId, status: "PENDING" as const };
  })(request);
}
