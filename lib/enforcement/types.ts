/** Shapes shared by the claim, the executors and the outcome writer. */
import type { EnforcementKind } from "@/lib/generated/prisma/enums";
import type { Synapse } from "@/lib/synapse";

import type { EnforcementActionSpec } from "./action-schemas";

/** A row this worker holds. `leaseUntil` is the value it wrote to `nextAttemptAt`: its fencing token on write. */
export type ClaimedAction = {
  id: string;
  decisionId: string;
  kind: EnforcementKind;
  target: string;
  payload: unknown;
  /** RUNNING: call Synapse. AWAITING_SYNAPSE: poll the job in synapseJobId. */
  status: "RUNNING" | "AWAITING_SYNAPSE";
  /** Including the current one, for RUNNING rows. */
  attempts: number;
  maxAttempts: number;
  synapseJobId: string | null;
  startedAt: Date;
  leaseUntil: Date;
};

export type JsonResult = { [key: string]: unknown };

export type ExecutionOutcome =
  /** Synapse confirmed the effect (2xx on a synchronous call, `complete` for a job). */
  | { type: "done"; result?: JsonResult }
  /** Synapse accepted an asynchronous job; poll it. */
  | { type: "awaiting"; jobId: string; result?: JsonResult }
  /** The job is still scheduled or active. */
  | { type: "still_running" }
  /** Synapse answered, and the answer means this action did not (fully) take effect. Not retried. */
  | { type: "failed"; error: string; result?: JsonResult };

export type ExecutorContext<S extends EnforcementActionSpec = EnforcementActionSpec> = {
  synapse: Synapse;
  action: ClaimedAction;
  spec: S;
};
