import { getCaseTimeline } from "@/lib/cases/get-case-timeline";
import { withReviewer } from "@/lib/http/route";

export const runtime = "nodejs";

// GET /api/v1/cases/<caseId>/timeline — the case's audit events, newest last (leads: audit.read). Child-safety
// cases answer 404 to unqualified leads.
export async function GET(request: Request, context: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await context.params;
  return withReviewer({ permission: "audit.read" }, ({ reviewer }) => getCaseTimeline(reviewer, caseId))(request);
}
