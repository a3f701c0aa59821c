/**
 * One claimed action from Synapse call to recorded outcome. The Synapse call happens outside any database
 * transaction (the claim has committed; the outcome is written in a new one), so a slow homeserver holds no locks.
 */
import type { Db } from "@/lib/db/client";
import type { Synapse } from "@/lib/synapse";
import { SynapseNetworkError, SynapseProtocolError } from "@/lib/synapse";

import { classifyFailure, type FailureVerdict } from "./classify-failure";
import { executeAction, isRepeatSafe } from "./execute-action";
import { recordOutcome, type RecordedAs } from "./record-outcome";
import type { WorkerTiming } from "./timing";
import type { ClaimedAction, ExecutionOutcome } from "./types";

export async function processAction(
  db: Db,
  synapse: Synapse,
  action: ClaimedAction,
  timing: WorkerTiming,
  random?: () => number,
): Promise<RecordedAs> {
  let outcome: ExecutionOutcome | { type: "error"; verdict: FailureVerdict };
  try {
    outcome = await executeAction(synapse, action);
  } catch (error) {
    outcome = { type: "error", verdict: verdictFor(action, error) };
  }
  return recordOutcome(db, action, outcome, timing, random);
}

function verdictFor(action: ClaimedAction, error: unknown): FailureVerdict {
  const verdict = classifyFailure(error);
  // No answer, or an unreadable one, may mean Synapse acted. Only a kind that is safe to repeat is tried again.
  const ambiguous = error instanceof SynapseNetworkError || error instanceof SynapseProtocolError;
  if (verdict.retry && ambiguous && !isRepeatSafe(action.kind)) {
    return { retry: false, message: `Outcome unknown (check Synapse before retrying): ${verdict.message}` };
  }
  return verdict;
}
