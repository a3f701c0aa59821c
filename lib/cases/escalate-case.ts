/**
 * Escalates a case to a lead (ESCALATED) with a required note: what the reviewer saw and what they need decided.
 * The claim is released so a lead can pick the case up; "Next case" does not hand escalated cases to anyone, and
 * only leads may claim them (claim-case.ts).
 */
import type { Db } from "@/lib/db/client";

import type { ClaimOptions } from "./claim-next-case";
import { type CaseStateResult, type ClaimActor, parseInput, type TEscalateCaseInput, ZEscalateCaseInput } from "./claim-schemas";
import { moveCaseWithNote } from "./hold-case";

export async function escalateCase(
  db: Db,
  rawInput: TEscalateCaseInput,
  reviewer: ClaimActor,
  options: Pick<ClaimOptions, "now"> = {},
): Promise<CaseStateResult> {
  return moveCaseWithNote(db, parseInput(ZEscalateCaseInput, rawInput, "escalation"), reviewer, options.now ?? new Date(), {
    to: "ESCALATED",
    audit: "CASE_ESCALATED",
  });
}
