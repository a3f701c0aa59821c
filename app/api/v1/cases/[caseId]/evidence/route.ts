import { db } from "@/lib/db/client";
import { listEvidence } from "@/lib/evidence/list-evidence";
import { withReviewer } from "@/lib/http/route";

export const runtime = "nodejs";

// GET /api/v1/cases/<caseId>/evidence — the case's evidence snapshots (metadata and captured JSON, never bytes).
export async function GET(request: Request, context: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await context.params;
  return withReviewer({ permission: "case.read" }, ({ reviewer }) => listEvidence(db(), reviewer, caseId))(
    request,
  );
}
