import { claimActor, parseInput, readJsonBody, ZStatusNoteBody } from "@/lib/cases/claim-schemas";
import { escalateCase } from "@/lib/cases/escalate-case";
import { db } from "@/lib/db/client";
import { withReviewer } from "@/lib/http/route";

// POST /api/v1/cases/<id>/escalate — escalate to a lead (body: { note, expectedUpdatedAt? }). 409 when the case changed.
export async function POST(request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  return withReviewer({ permission: "case.escalate" }, async ({ reviewer }) =>
    escalateCase(
      db(),
      { ...parseInput(ZStatusNoteBody, await readJsonBody(request), "request body"), caseId },
      claimActor(reviewer, request),
    ),
  )(request);
}
