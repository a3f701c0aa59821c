/**
 * decideCase with evidence: when the decision asks for a destructive action, snapshot first (outside any
 * transaction, Synapse being slow or down must not hold a row lock), then decide, writing the snapshots in the
 * decision's transaction. A decision that fails (conflict, validation) leaves no snapshot; one that commits always
 * has them. Decisions without destructive actions go straight to decideCase, which stays callable on its own.
 */
import { type DecideCaseOptions, type DecisionActor, decideCase } from "@/lib/cases/decide-case";
import { type DecideCaseResult, type TDecideCaseInput, ZDecideCaseInput } from "@/lib/cases/decision-schemas";

import { captureEvidence, type EvidenceDeps } from "./capture-evidence";
import { isDestructive } from "./plan-evidence";

export async function decideCaseWithEvidence(
  deps: EvidenceDeps,
  rawInput: TDecideCaseInput,
  actor: DecisionActor,
  options: Omit<DecideCaseOptions, "evidence"> = {},
): Promise<DecideCaseResult> {
  const parsed = ZDecideCaseInput.safeParse(rawInput);
  // An invalid input is decideCase's to reject, with its own message; capturing for it would be wasted work.
  if (!parsed.success || !isDestructive(parsed.data.actions))
    return decideCase(deps.db, rawInput, actor, options);
  const evidence = await captureEvidence(deps, { caseId: parsed.data.caseId, actions: parsed.data.actions });
  return decideCase(deps.db, rawInput, actor, { ...options, evidence });
}
