/**
 * "Next case": hands the reviewer the highest-priority OPEN case that nobody holds a live claim on and that they
 * may see, and claims it for CLAIM_TIMEOUT_MINUTES.
 *
 * Atomicity: choosing and claiming are ONE statement. The inner SELECT locks its pick `FOR UPDATE SKIP LOCKED`, so
 * a concurrent caller skips a row that someone else is claiming this instant and takes the next one instead of
 * queueing behind it (or, worse, both reading "unclaimed" and both writing). If the picked row was changed and
 * committed between our snapshot and our lock, READ COMMITTED re-checks the WHERE on the new version and the
 * LIMIT moves on to the next row, so a case is never handed out twice. It follows cases_open_queue_idx.
 *
 * A reviewer who already holds a live claim gets that case back: "next" while a case is open in another tab must
 * not quietly take a second one. A per-reviewer advisory lock makes that check and the claim one step even when
 * the same reviewer presses twice at once.
 *
 * ON_HOLD and ESCALATED cases are not handed out: they wait for something (information, a lead) and are picked
 * from the queue on purpose (claim-case.ts).
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db, Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";

import { type ClaimActor, claimExpiry, type ClaimNextResult } from "./claim-schemas";
import { OPEN_STATUSES } from "./schemas";

export type ClaimOptions = { now?: Date; timeoutMinutes?: number };

type Claimed = { id: string; number: number; previous_claimant_id: string | null };

export async function claimNextCase(
  db: Db,
  _input: Record<string, never>,
  reviewer: ClaimActor,
  options: ClaimOptions = {},
): Promise<ClaimNextResult> {
  const now = options.now ?? new Date();
  const expiresAt = claimExpiry(now, options.timeoutMinutes ?? env().CLAIM_TIMEOUT_MINUTES);
  // The audit chain's advisory lock can make a transaction wait behind other writers; allow for it.
  return db.$transaction((tx) => claimNextInTransaction(tx, reviewer, now, expiresAt), { timeout: 20_000 });
}

async function claimNextInTransaction(tx: Tx, reviewer: ClaimActor, now: Date, expiresAt: Date): Promise<ClaimNextResult> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`claim-next:${reviewer.id}`}, 0))`;
  const held = await tx.case.findFirst({
    where: {
      claimedById: reviewer.id,
      claimExpiresAt: { gt: now },
      status: { in: [...OPEN_STATUSES] },
      ...(reviewer.childSafety ? {} : { childSafety: false }),
    },
    orderBy: [{ priority: "desc" }, { openedAt: "asc" }],
    select: { id: true, number: true, claimExpiresAt: true },
  });
  if (held?.claimExpiresAt) {
    return { outcome: "resumed", caseId: held.id, caseNumber: held.number, claimExpiresAt: held.claimExpiresAt.toISOString() };
  }

  const visibility = reviewer.childSafety ? Prisma.empty : Prisma.sql`AND child_safety = false`;
  const [claimed] = await tx.$queryRaw<Claimed[]>`
    WITH pick AS (
      SELECT id, claimed_by_id
      FROM cases
      WHERE status = 'OPEN'
        AND (claimed_by_id IS NULL OR claim_expires_at IS NULL OR claim_expires_at <= ${now})
        ${visibility}
      ORDER BY priority DESC, opened_at ASC, id ASC
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    UPDATE cases AS c
    SET claimed_by_id = ${reviewer.id}, claim_expires_at = ${expiresAt}, updated_at = ${now}
    FROM pick
    WHERE c.id = pick.id
    RETURNING c.id, c.number, pick.claimed_by_id AS previous_claimant_id`;
  if (!claimed) return { outcome: "empty" };

  await recordAuditEvent(tx, {
    type: "CASE_CLAIMED",
    actor: { kind: "reviewer", id: reviewer.id, mxid: reviewer.mxid },
    target: { type: "case", id: claimed.id },
    context: reviewer.context,
    data: {
      caseNumber: claimed.number,
      via: "next",
      expiresAt: expiresAt.toISOString(),
      previousClaimantId: claimed.previous_claimant_id,
    },
  });
  return { outcome: "claimed", caseId: claimed.id, caseNumber: claimed.number, claimExpiresAt: expiresAt.toISOString() };
}
