/**
 * Claims one case for the reviewer (picked from the queue), or renews their own claim. Someone else's live claim
 * is a CONFLICT naming who holds it and until when; a lapsed claim can be taken over (and the audit row says whose
 * it was). The shared loading and permission rules of the claim operations live here too.
 *
 * Concurrency: the update is guarded by the claim state read a moment before (`claimed_by_id` still the same, or
 * lapsed), so of two reviewers claiming at once exactly one update matches; the other gets CONFLICT and writes
 * nothing.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db, Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

import type { ClaimOptions } from "./claim-next-case";
import { type ClaimActor, type ClaimedCase, claimExpiry, parseInput, type TClaimCaseInput, ZClaimCaseInput } from "./claim-schemas";
import { OPEN_STATUSES } from "./schemas";

export async function claimCase(
  db: Db,
  rawInput: TClaimCaseInput,
  reviewer: ClaimActor,
  options: ClaimOptions = {},
): Promise<ClaimedCase & { renewed: boolean }> {
  const input = parseInput(ZClaimCaseInput, rawInput, "claim");
  return db.$transaction((tx) => claimInTransaction(tx, input.caseId, reviewer, "claim", options), { timeout: 20_000 });
}

export async function claimInTransaction(
  tx: Tx,
  caseId: string,
  reviewer: ClaimActor,
  mode: "claim" | "renew",
  options: ClaimOptions,
): Promise<ClaimedCase & { renewed: boolean }> {
  const now = options.now ?? new Date();
  const expiresAt = claimExpiry(now, options.timeoutMinutes ?? env().CLAIM_TIMEOUT_MINUTES);
  const row = await loadCaseForReviewer(tx, caseId, reviewer);
  assertOpen(row, "claim");
  if (row.status === "ESCALATED" && !isLead(reviewer)) {
    throw new AppError("FORBIDDEN", "Escalated cases wait for a lead; only leads and admins can claim them.");
  }
  const mine = row.claimedById === reviewer.id;
  if (mode === "renew" && !mine) {
    throw new AppError("CONFLICT", claimLive(row, now) ? heldByMessage(row) : "You do not hold this case any more; claim it again.");
  }
  if (!mine && claimLive(row, now)) throw new AppError("CONFLICT", heldByMessage(row));

  const moved = await tx.case.updateMany({
    where: { id: row.id, status: row.status, ...claimGuard(row, now) },
    data: { claimedById: reviewer.id, claimExpiresAt: expiresAt },
  });
  if (moved.count !== 1) throw new AppError("CONFLICT", "Someone else claimed or changed this case a moment ago; reload.");

  const renewed = mine && claimLive(row, now);
  await recordAuditEvent(tx, {
    type: "CASE_CLAIMED",
    actor: { kind: "reviewer", id: reviewer.id, mxid: reviewer.mxid },
    target: { type: "case", id: row.id },
    context: reviewer.context,
    data: {
      caseNumber: row.number,
      via: renewed ? "renew" : "claim",
      expiresAt: expiresAt.toISOString(),
      previousClaimantId: row.claimedById && !mine ? row.claimedById : null,
    },
  });
  return { caseId: row.id, caseNumber: row.number, claimExpiresAt: expiresAt.toISOString(), renewed };
}

// ───────────── shared by the claim operations ─────────────

export type CaseForAction = Prisma.CaseGetPayload<{ include: { claimedBy: { select: { mxid: true } } } }>;

/** Loads a case the reviewer may act on. A child-safety case is "not found" for others: no hint it exists. */
export async function loadCaseForReviewer(tx: Tx, caseId: string, reviewer: ClaimActor): Promise<CaseForAction> {
  const row = await tx.case.findUnique({ where: { id: caseId }, include: { claimedBy: { select: { mxid: true } } } });
  if (!row || (row.childSafety && !reviewer.childSafety)) throw new AppError("NOT_FOUND", "No such case.");
  return row;
}

export function assertOpen(row: CaseForAction, action: string): void {
  if (!(OPEN_STATUSES as readonly string[]).includes(row.status)) {
    throw new AppError("CONFLICT", `This case is already ${statusWords(row.status)}; there is nothing to ${action}. Reload.`);
  }
}

/** Stale-page check: the client sends the updatedAt it saw; any change since (claim, signals, status) is a 409. */
export function assertNotStale(row: CaseForAction, expectedUpdatedAt: string | undefined): void {
  if (expectedUpdatedAt && row.updatedAt.getTime() !== Date.parse(expectedUpdatedAt)) {
    throw new AppError("CONFLICT", "This case changed since you loaded it (a claim, new reports or a status change); reload and try again.");
  }
}

export function claimLive(row: Pick<CaseForAction, "claimedById" | "claimExpiresAt">, now: Date): boolean {
  return !!row.claimedById && !!row.claimExpiresAt && row.claimExpiresAt.getTime() > now.getTime();
}

/** Matches only if the claim is still what we read (so a concurrent claim makes the update miss). */
export function claimGuard(row: CaseForAction, now: Date): Prisma.CaseWhereInput {
  if (!row.claimedById) return { claimedById: null };
  if (claimLive(row, now)) return { claimedById: row.claimedById, claimExpiresAt: row.claimExpiresAt };
  return { claimedById: row.claimedById, OR: [{ claimExpiresAt: null }, { claimExpiresAt: { lte: now } }] };
}

export function heldByMessage(row: CaseForAction): string {
  const until = row.claimExpiresAt ? ` until ${row.claimExpiresAt.toISOString().slice(11, 16)} UTC` : "";
  return `${row.claimedBy?.mxid ?? "Another reviewer"} is reviewing this case${until}.`;
}

export function isLead(reviewer: Pick<ClaimActor, "role">): boolean {
  return reviewer.role === "LEAD" || reviewer.role === "ADMIN";
}

function statusWords(status: string): string {
  return status.toLowerCase().replaceAll("_", " ");
}
