import { z } from "zod";

import { requestContext } from "@/lib/auth/request-context";
import type { decideCase } from "@/lib/cases/decide-case";
import { decideCaseWithEvidence } from "@/lib/evidence/decide-case-with-evidence";
import { defaultEvidenceDeps } from "@/lib/evidence/evidence-deps";
import { getCaseDetail } from "@/lib/cases/get-case-detail";
import { AppError } from "@/lib/errors";
import { withReviewerBody } from "@/lib/http/body-route";
import { withReviewer } from "@/lib/http/route";

export const runtime = "nodejs";

type Params = { params: Promise<{ caseId: string }> };

// The body is decideCase()'s input minus caseId (which comes from the path); decideCase validates it field by field
// and answers 400 naming each problem, so only "a JSON object" is checked here. 128 KiB fits 50 actions with notices.
const ZBody = z.record(z.string(), z.unknown());

// GET /api/v1/cases/<caseId>/decisions — the case's decisions, oldest first, each with its enforcement actions and
// their live status. The decision form polls it until every action is final. Child-safety cases answer 404 as usual.
export async function GET(request: Request, { params }: Params) {
  const { caseId } = await params;
  return withReviewer({ permission: "case.read" }, async ({ reviewer }) => {
    const detail = await getCaseDetail(reviewer, caseId);
    return { caseId: detail.id, status: detail.status, decisions: detail.decisions };
  })(request);
}

// POST /api/v1/cases/<caseId>/decisions — record a decision (201 with the decision and its actions). Needs at least
// case.dismiss; decideCase checks the outcome's and every action's own permission (403 naming what is missing).
// 409 when someone else decided first; a retry with the same requestId returns the first decision (200, replayed).
export async function POST(request: Request, { params }: Params) {
  const { caseId } = await params;
  return withReviewerBody({ permission: "case.dismiss", body: ZBody, maxBytes: 128 * 1024, status: 201 }, async ({ reviewer, body }) => {
    // Destructive actions get an evidence snapshot first (event, context, media bytes), stored with the decision.
    const result = await decideCaseWithEvidence(
      defaultEvidenceDeps(),
      { ...(body as object), caseId } as Parameters<typeof decideCase>[1],
      { id: reviewer.id, mxid: reviewer.mxid, context: requestContext(request.headers) },
    );
    const detail = await getCaseDetail(reviewer, result.caseId);
    const decision = detail.decisions.find((d) => d.id === result.decisionId);
    if (!decision) throw new AppError("NOT_FOUND", "The decision was recorded but cannot be shown to you.");
    return { replayed: result.replayed, decision };
  })(request);
}
