import { claimCase } from "@/lib/cases/claim-case";
import { claimActor, readJsonBody } from "@/lib/cases/claim-schemas";
import { renewClaim } from "@/lib/cases/renew-claim";
import { db } from "@/lib/db/client";
import { withReviewer } from "@/lib/http/route";

// POST /api/v1/cases/<id>/claim — claim an unclaimed case or renew your own claim ({ "renewOnly": true }: never
// take the case, only extend a claim you still hold). 409 names whoever holds it.
export async function POST(request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  return withReviewer({ permission: "case.claim" }, async ({ reviewer }) => {
    const body = await readJsonBody(request);
    const operation = body.renewOnly === true ? renewClaim : claimCase;
    return operation(db(), { caseId }, claimActor(reviewer, request));
  })(request);
}
