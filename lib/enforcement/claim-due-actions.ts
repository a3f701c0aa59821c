/**
 * Claims due outbox rows for this worker: `FOR UPDATE SKIP LOCKED`, so concurrent workers (several console
 * instances, or the CLI next to the app) never take the same row, and none waits for another's transaction.
 *
 * Due means: PENDING or AWAITING_SYNAPSE with `next_attempt_at <= now()` (served by the hand-written partial index
 * `enforcement_actions_due_idx`), or RUNNING with an expired lease (`next_attempt_at` is the lease expiry; served by
 * `enforcement_actions_status_updated_at_idx`, and there are never more RUNNING rows than workers × concurrency).
 *
 * Claiming sets a new lease. PENDING → RUNNING and a taken-over RUNNING row count an attempt and are audited as
 * ENFORCEMENT_STARTED; AWAITING_SYNAPSE rows keep their status (a poll is not a status change, and auditing every
 * poll would flood the log).
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db, Tx } from "@/lib/db/client";
import type { EnforcementKind } from "@/lib/generated/prisma/enums";

import type { ClaimedAction } from "./types";

export const WORKER_ACTOR = { kind: "system", name: "enforcement-worker" } as const;

type DueRow = {
  id: string;
  decision_id: string;
  kind: EnforcementKind;
  target: string;
  payload: unknown;
  status: "PENDING" | "RUNNING" | "AWAITING_SYNAPSE";
  attempts: number;
  max_attempts: number;
  synapse_job_id: string | null;
  started_at: Date | null;
  db_now: Date;
};

export async function claimDueActions(db: Db, options: { limit: number; leaseMs: number }): Promise<ClaimedAction[]> {
  return db.$transaction(
    async (tx) => {
      // Expired leases first: that work is the oldest, and its worker is gone.
      const expired = await tx.$queryRaw<DueRow[]>`
        SELECT id, decision_id, kind::text AS kind, target, payload, status::text AS status, attempts, max_attempts,
               synapse_job_id, started_at, date_trunc('milliseconds', now()) AS db_now
        FROM enforcement_actions
        WHERE status = 'RUNNING' AND next_attempt_at <= now()
        ORDER BY next_attempt_at
        LIMIT ${options.limit}
        FOR UPDATE SKIP LOCKED`;
      const due = await tx.$queryRaw<DueRow[]>`
        SELECT id, decision_id, kind::text AS kind, target, payload, status::text AS status, attempts, max_attempts,
               synapse_job_id, started_at, date_trunc('milliseconds', now()) AS db_now
        FROM enforcement_actions
        WHERE status IN ('PENDING', 'AWAITING_SYNAPSE') AND next_attempt_at <= now()
        ORDER BY next_attempt_at
        LIMIT ${Math.max(0, options.limit - expired.length)}
        FOR UPDATE SKIP LOCKED`;
      const claimed: ClaimedAction[] = [];
      for (const row of [...expired, ...due]) {
        const action = await claimRow(tx, row, options.leaseMs);
        if (action) claimed.push(action);
      }
      return claimed;
    },
    { timeout: 20_000 },
  );
}

async function claimRow(tx: Tx, row: DueRow, leaseMs: number): Promise<ClaimedAction | null> {
  // The lease is computed from the database clock (truncated to ms, the precision a JS Date round-trips), so every
  // worker agrees on when it expires and the value can serve as an exact-match fencing token.
  const leaseUntil = new Date(row.db_now.getTime() + leaseMs);
  const startedAt = row.started_at ?? row.db_now;
  const base = {
    id: row.id,
    decisionId: row.decision_id,
    kind: row.kind,
    target: row.target,
    payload: row.payload,
    maxAttempts: row.max_attempts,
    synapseJobId: row.synapse_job_id,
    startedAt,
    leaseUntil,
  };
  if (row.status === "AWAITING_SYNAPSE") {
    await tx.enforcementAction.update({ where: { id: row.id }, data: { nextAttemptAt: leaseUntil } });
    return { ...base, status: "AWAITING_SYNAPSE", attempts: row.attempts };
  }
  const leaseExpired = row.status === "RUNNING";
  if (leaseExpired && row.attempts >= row.max_attempts) {
    const error = `The worker running attempt ${row.attempts} stopped without reporting back (lease expired); no attempts left.`;
    await tx.enforcementAction.update({
      where: { id: row.id },
      data: { status: "FAILED", lastError: error, completedAt: row.db_now },
    });
    await recordAuditEvent(tx, {
      type: "ENFORCEMENT_FAILED",
      actor: WORKER_ACTOR,
      target: { type: "enforcement_action", id: row.id },
      data: { actionId: row.id, kind: row.kind, attempts: row.attempts, error },
    });
    return null;
  }
  const attempts = row.attempts + 1;
  await tx.enforcementAction.update({
    where: { id: row.id },
    data: { status: "RUNNING", attempts, startedAt, nextAttemptAt: leaseUntil },
  });
  await recordAuditEvent(tx, {
    type: "ENFORCEMENT_STARTED",
    actor: WORKER_ACTOR,
    target: { type: "enforcement_action", id: row.id },
    data: { actionId: row.id, kind: row.kind, attempt: attempts, leaseExpired },
  });
  return { ...base, status: "RUNNING", attempts };
}
