/**
 * Records a reviewer's decision on a case: the append-only Decision, the case moved to DECIDED (claim cleared), one
 * outbox row per Synapse action and the audit events, all in one transaction. Synapse is never called here: the
 * enforcement worker carries the actions out after commit (lib/enforcement), so a slow or sick homeserver cannot
 * hold a row lock, and a rolled-back decision cannot leave a half-applied action behind.
 *
 * Concurrency: the case update is guarded by `status IN (open statuses)`. Two reviewers deciding at once both read
 * OPEN, but PostgreSQL re-checks the guard for the second update after the first commits, so exactly one update
 * matches and the other transaction rolls back with CONFLICT, having written nothing.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { AuditActor, AuditContext } from "@/lib/audit/types";
import type { Db, Tx } from "@/lib/db/client";
import { actionPayload, actionTarget } from "@/lib/enforcement/action-schemas";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { persistEvidence } from "@/lib/evidence/persist-evidence";
import type { PreparedEvidence } from "@/lib/evidence/types";

import { actionsWithNotice, assertActionsApply, assertMayDecide, subjectUser } from "./decide-case-checks";
import { type DecideCaseInput, type DecideCaseResult, type TDecideCaseInput, ZDecideCaseInput } from "./decision-schemas";
import { findReplayedDecision } from "./find-replayed-decision";
import { enqueueReporterFeedback } from "./reporter-feedback";
import { OPEN_STATUSES } from "./schemas";

export type DecisionActor = { id: string; mxid: string; context?: AuditContext };
export type DecideCaseOptions = {
  localServerName?: string;
  /**
   * Snapshots captured before the decision (lib/evidence/capture-evidence.ts, or decideCaseWithEvidence), written in
   * this transaction so they exist exactly when the decision does.
   */
  evidence?: PreparedEvidence;
};

const DECIDED_BY_SOMEONE_ELSE = "This case was decided by someone else a moment ago; reload to see their decision.";

export async function decideCase(
  db: Db,
  rawInput: TDecideCaseInput,
  actor: DecisionActor,
  options: DecideCaseOptions = {},
): Promise<DecideCaseResult> {
  const parsed = ZDecideCaseInput.safeParse(rawInput);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`);
    throw new AppError("BAD_REQUEST", `Invalid decision: ${issues.join("; ")}`, { issues });
  }
  const input = parsed.data;
  try {
    // The audit chain's advisory lock can make a transaction wait behind other writers; allow for it.
    return await db.$transaction((tx) => decideInTransaction(tx, input, actor, options), { timeout: 20_000 });
  } catch (error) {
    // A retried request whose first attempt committed lands here (the case is no longer open): answer with the
    // decision that attempt made rather than a confusing conflict, and never make a second one.
    if (error instanceof AppError && error.code === "CONFLICT" && input.requestId) {
      const replay = await findReplayedDecision(db, input.caseId, input.requestId, actor.id);
      if (replay) return replay;
    }
    throw error;
  }
}

async function decideInTransaction(
  tx: Tx,
  input: DecideCaseInput,
  actor: DecisionActor,
  options: DecideCaseOptions,
): Promise<DecideCaseResult> {
  // The role is read here, not trusted from the caller: a demotion takes effect on the very next decision.
  const reviewer = await tx.reviewer.findUnique({ where: { id: actor.id } });
  if (!reviewer || reviewer.deactivatedAt) throw new AppError("FORBIDDEN", "You are not on the reviewer roster.");
  const caseRow = await tx.case.findUnique({ where: { id: input.caseId }, include: { subject: true } });
  if (!caseRow) throw new AppError("NOT_FOUND", "No such case.");
  assertMayDecide(reviewer, caseRow, input);
  assertStillOpen(caseRow, input);

  if (input.policyId) {
    const policy = await tx.policy.findUnique({ where: { id: input.policyId } });
    if (!policy?.active) throw new AppError("BAD_REQUEST", `${input.policyId} is not an active policy.`);
  }
  const localServerName =
    options.localServerName ?? env().SYNAPSE_SERVER_NAME ?? (caseRow.subject.isLocal ? (caseRow.subject.server ?? undefined) : undefined);
  assertActionsApply(input, localServerName);
  const actions = actionsWithNotice(input, subjectUser(caseRow.subject, localServerName), caseRow.number);

  const now = new Date();
  const moved = await tx.case.updateMany({
    where: {
      id: caseRow.id,
      status: { in: input.expectedStatus ? [input.expectedStatus] : [...OPEN_STATUSES] },
      ...(input.expectedUpdatedAt ? { updatedAt: new Date(input.expectedUpdatedAt) } : {}),
    },
    data: { status: "DECIDED", decidedAt: now, claimedById: null, claimExpiresAt: null },
  });
  if (moved.count !== 1) throw new AppError("CONFLICT", DECIDED_BY_SOMEONE_ELSE);

  const decision = await tx.decision.create({
    data: {
      caseId: caseRow.id,
      reviewerId: reviewer.id,
      outcome: input.outcome,
      policyId: input.policyId ?? null,
      statementOfReasons: input.statementOfReasons,
      internalNote: input.internalNote ?? null,
      notifyUser: input.notifyUser,
      batchId: input.batchId ?? null,
    },
  });
  const auditActor: AuditActor = { kind: "reviewer", id: reviewer.id, mxid: reviewer.mxid };
  await recordAuditEvent(tx, {
    type: "CASE_DECIDED",
    actor: auditActor,
    target: { type: "case", id: caseRow.id },
    context: actor.context,
    data: {
      decisionId: decision.id,
      caseNumber: caseRow.number,
      outcome: input.outcome,
      policyId: input.policyId ?? null,
      actionKinds: actions.map((a) => a.kind),
      fromStatus: caseRow.status,
      notifyUser: input.notifyUser,
      batchId: input.batchId ?? null,
      requestId: input.requestId ?? null,
    },
  });

  const actionIds: string[] = [];
  for (const spec of actions) {
    const row = await tx.enforcementAction.create({
      data: { decisionId: decision.id, kind: spec.kind, target: actionTarget(spec), payload: actionPayload(spec) },
    });
    actionIds.push(row.id);
    await recordAuditEvent(tx, {
      type: "ENFORCEMENT_ENQUEUED",
      actor: auditActor,
      target: { type: "enforcement_action", id: row.id },
      context: actor.context,
      data: { actionId: row.id, decisionId: decision.id, kind: spec.kind, target: row.target },
    });
  }
  if (input.notifyReporters) {
    const feedback = { caseId: caseRow.id, decisionId: decision.id, outcome: input.outcome, subjectKind: caseRow.subject.kind };
    const notices = await enqueueReporterFeedback(tx, feedback, {
      localServerName,
      subjectUser: subjectUser(caseRow.subject, localServerName),
      actor: auditActor,
      context: actor.context,
    });
    actionIds.push(...notices);
  }
  const result: DecideCaseResult = { decisionId: decision.id, caseId: caseRow.id, actionIds, replayed: false };
  if (options.evidence) {
    const target = { caseId: caseRow.id, decisionId: decision.id, now, actor: auditActor, context: actor.context };
    result.evidenceIds = await persistEvidence(tx, options.evidence, target);
  }
  return result;
}

function assertStillOpen(
  caseRow: { status: string; updatedAt: Date },
  input: Pick<DecideCaseInput, "expectedStatus" | "expectedUpdatedAt">,
): void {
  if (!(OPEN_STATUSES as readonly string[]).includes(caseRow.status)) throw new AppError("CONFLICT", DECIDED_BY_SOMEONE_ELSE);
  if (input.expectedStatus && caseRow.status !== input.expectedStatus) {
    throw new AppError("CONFLICT", `This case is now ${caseRow.status.toLowerCase().replace("_", " ")}; reload before deciding.`);
  }
  if (input.expectedUpdatedAt && caseRow.updatedAt.getTime() !== Date.parse(input.expectedUpdatedAt)) {
    throw new AppError("CONFLICT", "This case changed since you opened it (new reports or a claim); reload before deciding.");
  }
}
