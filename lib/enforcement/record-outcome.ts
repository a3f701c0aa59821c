/**
 * Writes what happened to a claimed action, and its audit event, in one transaction.
 *
 * Every write is fenced on the lease this worker holds (`status` and `nextAttemptAt` exactly as the claim left
 * them). If the lease ran out and another worker took the row over, the fenced update matches nothing and this
 * worker's late result is dropped: the row keeps the newer worker's story. The Synapse side of such an overlap is
 * covered by every executor being safe to repeat.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

import { WORKER_ACTOR } from "./claim-due-actions";
import type { FailureVerdict } from "./classify-failure";
import { jobPollDelayMs, retryDelayMs, type WorkerTiming } from "./timing";
import type { ClaimedAction, ExecutionOutcome } from "./types";

export type RecordedAs = "done" | "failed" | "retry_scheduled" | "awaiting_synapse" | "still_running" | "lease_lost";

type Outcome = ExecutionOutcome | { type: "error"; verdict: FailureVerdict };

export async function recordOutcome(
  db: Db,
  action: ClaimedAction,
  outcome: Outcome,
  timing: WorkerTiming,
  random: () => number = Math.random,
): Promise<RecordedAs> {
  return db.$transaction(
    async (tx) => {
      const now = new Date();
      const target = { type: "enforcement_action", id: action.id };
      const base = { actionId: action.id, kind: action.kind };
      // A failed poll counts as an attempt too, so a job Synapse keeps erroring on ends at maxAttempts.
      let attempts = action.attempts;
      const fenced = async (data: Prisma.EnforcementActionUpdateManyMutationInput) =>
        (
          await tx.enforcementAction.updateMany({
            where: { id: action.id, status: action.status, nextAttemptAt: action.leaseUntil },
            data,
          })
        ).count === 1;
      const fail = async (error: string, result?: object): Promise<RecordedAs> => {
        if (!(await fenced({ status: "FAILED", lastError: error, completedAt: now, attempts, ...(result ? { result } : {}) }))) return "lease_lost";
        await recordAuditEvent(tx, { type: "ENFORCEMENT_FAILED", actor: WORKER_ACTOR, target, data: { ...base, attempts, error } });
        return "failed";
      };

      switch (outcome.type) {
        case "done":
          if (!(await fenced({ status: "DONE", completedAt: now, lastError: null, ...(outcome.result ? { result: outcome.result as object } : {}) }))) return "lease_lost";
          await recordAuditEvent(tx, { type: "ENFORCEMENT_DONE", actor: WORKER_ACTOR, target, data: { ...base, attempts } });
          return "done";
        case "failed":
          return fail(outcome.error, outcome.result);
        case "awaiting": {
          const changed = action.status !== "AWAITING_SYNAPSE" || action.synapseJobId !== outcome.jobId;
          const data = {
            status: "AWAITING_SYNAPSE" as const,
            synapseJobId: outcome.jobId,
            nextAttemptAt: new Date(now.getTime() + timing.jobPollMinMs),
            lastError: null,
            ...(outcome.result ? { result: outcome.result as object } : {}),
          };
          if (!(await fenced(data))) return "lease_lost";
          if (changed) {
            await recordAuditEvent(tx, { type: "ENFORCEMENT_AWAITING_SYNAPSE", actor: WORKER_ACTOR, target, data: { ...base, synapseJobId: outcome.jobId } });
          }
          return "awaiting_synapse";
        }
        case "still_running": {
          const age = now.getTime() - action.startedAt.getTime();
          if (age > timing.jobTimeoutMs) {
            return fail(`Synapse job ${action.synapseJobId ?? "?"} still running after ${Math.round(age / 60_000)} min; retry to keep watching it.`);
          }
          if (!(await fenced({ nextAttemptAt: new Date(now.getTime() + jobPollDelayMs(timing, age)) }))) return "lease_lost";
          return "still_running";
        }
        case "error": {
          if (action.status === "AWAITING_SYNAPSE") attempts += 1;
          const { verdict } = outcome;
          if (!verdict.retry) return fail(verdict.message);
          if (attempts >= action.maxAttempts) return fail(`Gave up after ${attempts} attempts. Last error: ${verdict.message}`);
          const delayMs = retryDelayMs(timing, attempts, verdict.delayHintMs, random);
          const ok = await fenced({
            // A failed start goes back to PENDING; a failed poll keeps waiting on the same job.
            status: action.status === "AWAITING_SYNAPSE" ? "AWAITING_SYNAPSE" : "PENDING",
            attempts,
            lastError: verdict.message,
            nextAttemptAt: new Date(now.getTime() + delayMs),
          });
          if (!ok) return "lease_lost";
          await recordAuditEvent(tx, {
            type: "ENFORCEMENT_RETRY_SCHEDULED",
            actor: WORKER_ACTOR,
            target,
            data: { ...base, attempts, delayMs, error: verdict.message },
          });
          return "retry_scheduled";
        }
      }
    },
    { timeout: 20_000 },
  );
}
