import { requestContext } from "@/lib/auth/request-context";
import { bulkDecide, ZBulkDecideInput } from "@/lib/cases/bulk-decide";
import { parseInput, readJsonBody } from "@/lib/cases/claim-schemas";
import { db } from "@/lib/db/client";
import { defaultEvidenceDeps } from "@/lib/evidence/evidence-deps";
import { withReviewer } from "@/lib/http/route";

export const runtime = "nodejs";

// POST /api/v1/decisions/bulk — one decision applied to several cases (body: { selection, decision }); per-case outcomes.
export const POST = withReviewer({ permission: "case.bulk_decide" }, async ({ reviewer, request }) => {
  const input = parseInput(ZBulkDecideInput, await readJsonBody(request), "request body");
  const actor = { id: reviewer.id, mxid: reviewer.mxid, context: requestContext(request.headers) };
  return bulkDecide({ db: db(), evidence: defaultEvidenceDeps() }, input, actor);
});
