import { claimActor, parseInput, readJsonBody, ZStatusNoteBody } from "@/lib/cases/claim-schemas";
import { holdCase } from "@/lib/cases/hold-case";
import { db } from "@/lib/db/client";
import { withReviewer } from "@/lib/http/route";

// POST /api/v1/cases/<id>/hold — put on hold (body: { note, expectedUpdatedAt? }). 409 when the case changed.
export async function POST(request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  return withReviewer({ permission: "case.claim" }, async ({ reviewer }) =>
    holdCase(
      db(),
      { ...parseInput(ZStatusNoteBody, await readJsonBody(request), "request body"), caseId },
      claimActor(reviewer, request),
    ),
  )(request);
}
