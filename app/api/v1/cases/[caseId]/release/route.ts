import { claimActor, parseInput, readJsonBody, ZReleaseBody } from "@/lib/cases/claim-schemas";
import { releaseCase } from "@/lib/cases/release-case";
import { db } from "@/lib/db/client";
import { withReviewer } from "@/lib/http/route";

// POST /api/v1/cases/<id>/release — give the case back to the queue (body: { expectedUpdatedAt? }). 409 when the case changed.
export async function POST(request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  return withReviewer({ permission: "case.claim" }, async ({ reviewer }) =>
    releaseCase(
      db(),
      { ...parseInput(ZReleaseBody, await readJsonBody(request), "request body"), caseId },
      claimActor(reviewer, request),
    ),
  )(request);
}
