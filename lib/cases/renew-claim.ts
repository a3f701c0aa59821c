/**
 * Extends the reviewer's own claim by CLAIM_TIMEOUT_MINUTES (the case page calls this while it is open). Unlike
 * claim-case, it never takes a case: if the claim lapsed and someone else took it, the answer is CONFLICT naming
 * them, so a reviewer who left a tab open learns they no longer hold the case.
 */
import type { Db } from "@/lib/db/client";

import { claimInTransaction } from "./claim-case";
import type { ClaimOptions } from "./claim-next-case";
import { type ClaimedCase, parseInput, type TClaimCaseInput, type ClaimActor, ZClaimCaseInput } from "./claim-schemas";

export async function renewClaim(
  db: Db,
  rawInput: TClaimCaseInput,
  reviewer: ClaimActor,
  options: ClaimOptions = {},
): Promise<ClaimedCase & { renewed: boolean }> {
  const input = parseInput(ZClaimCaseInput, rawInput, "renewal");
  return db.$transaction((tx) => claimInTransaction(tx, input.caseId, reviewer, "renew", options), { timeout: 20_000 });
}
