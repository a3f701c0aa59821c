import { getCaseDetail } from "@/lib/cases/get-case-detail";
import { withReviewer } from "@/lib/http/route";

export const runtime = "nodejs";

// GET /api/v1/cases/<caseId> — the case page's data. Child-safety cases answer 404 to unqualified reviewers.
export async function GET(request: Request, context: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await context.params;
  return withReviewer({ permission: "case.read" }, ({ reviewer }) => getCaseDetail(reviewer, caseId))(request);
}
