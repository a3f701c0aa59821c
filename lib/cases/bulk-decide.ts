/**
 * One decision, one statement of reasons, applied to many cases (a spam wave: every open case about one sender or
 * one room, or a hand-picked list). Each case is decided in its own transaction through decideCase, so one case
 * that changed meanwhile (a conflict) or that this lead may not decide (child safety) does not undo the others; the
 * answer lists what happened to each. One `batchId` ties the decisions together in the audit log (ozone's batchId).
 *
 * Actions are enqueued once, with the first case of the batch that gets decided: suspending the same sender once
 * per case would queue duplicate Synapse calls. Likewise the affected user gets one statement-of-reasons notice per
 * batch, not one per case.
 */
import { randomUUID } from "node:crypto";

import { z } from "zod";

import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { AuditContext } from "@/lib/audit/types";
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { ZRoomId, ZUserId } from "@/lib/enforcement/action-schemas";
import { env } from "@/lib/env";
import { AppError, isAppError } from "@/lib/errors";
import type { EvidenceDeps } from "@/lib/evidence/capture-evidence";
import { decideCaseWithEvidence } from "@/lib/evidence/decide-case-with-evidence";

import { decideCase } from "./decide-case";
import { subjectUser } from "./decide-case-checks";
import { type DecideCaseInput, type DecideCaseResult, ZDecideCaseInput } from "./decision-schemas";
import { OPEN_STATUSES } from "./schemas";

export const MAX_BULK_CASES = 500;

export const ZBulkDecideInput = z.object({
  selection: z.union([
    z.object({ caseIds: z.array(z.string().trim().min(1).max(64)).min(1).max(MAX_BULK_CASES) }),
    z.object({ sender: ZUserId }),
    z.object({ roomId: ZRoomId }),
  ]),
  /** decideCase's input without the per-case fields (validated by ZDecideCaseInput itself, one source of truth). */
  decision: z.record(z.string(), z.unknown()),
});
export type TBulkDecideInput = z.input<typeof ZBulkDecideInput>;

export type BulkOutcome = "decided" | "conflict" | "forbidden" | "error";
export type BulkCaseResult = {
  caseId: string;
  outcome: BulkOutcome;
  decisionId?: string;
  actionIds?: string[];
  message?: string;
};
export type BulkDecideResult = {
  batchId: string;
  requested: number;
  truncated: boolean;
  results: BulkCaseResult[];
};

type Actor = { id: string; mxid: string; context?: AuditContext };
type Deps = { db: Db; evidence?: EvidenceDeps; localServerName?: string };

export async function bulkDecide(deps: Deps, raw: TBulkDecideInput, actor: Actor): Promise<BulkDecideResult> {
  const input = ZBulkDecideInput.parse(raw);
  const { db } = deps;
  const reviewer = await db.reviewer.findUnique({ where: { id: actor.id } });
  if (!can(reviewer, "case.bulk_decide"))
    throw new AppError("FORBIDDEN", "Your role may not decide cases in bulk.");
  const { cases, truncated } = await selectCases(db, input.selection);
  const template = validateTemplate(input.decision, cases[0]?.id ?? "none");
  const localServerName = deps.localServerName ?? env().SYNAPSE_SERVER_NAME;
  const batchId = randomUUID();
  const notified = new Set<string>();
  let actionsPending = template.actions.length > 0;
  const results: BulkCaseResult[] = [];

  for (const c of cases) {
    if (!c.subject) {
      results.push({ caseId: c.id, outcome: "error", message: "No such case." });
      continue;
    }
    const user = subjectUser(c.subject, localServerName);
    const notifyUser = template.notifyUser && !(user && notified.has(user));
    const caseInput = {
      ...template,
      caseId: c.id,
      batchId,
      notifyUser,
      actions: actionsPending ? template.actions : [],
    };
    try {
      const decided: DecideCaseResult = deps.evidence
        ? await decideCaseWithEvidence(deps.evidence, caseInput, actor, { localServerName })
        : await decideCase(db, caseInput, actor, { localServerName });
      if (notifyUser && user) notified.add(user);
      actionsPending = false;
      results.push({
        caseId: c.id,
        outcome: "decided",
        decisionId: decided.decisionId,
        actionIds: decided.actionIds,
      });
    } catch (error) {
      results.push({ caseId: c.id, ...classify(error) });
    }
  }
  await db.$transaction((tx) =>
    recordAuditEvent(tx, {
      type: "BULK_DECISION_APPLIED",
      actor: { kind: "reviewer", id: actor.id, mxid: actor.mxid },
      context: actor.context,
      data: {
        batchId,
        selector: JSON.stringify(input.selection).slice(0, 1000),
        outcome: template.outcome,
        policyId: template.policyId ?? null,
        requested: cases.length,
        ...countOutcomes(results),
      },
    }),
  );
  return { batchId, requested: cases.length, truncated, results };
}

type Selected = { id: string; subject: { kind: string; key: string; senderMxid: string | null } | null };

/** The cases to decide, in a stable order; a sender or room selection takes the oldest open cases first. */
async function selectCases(db: Db, selection: z.output<typeof ZBulkDecideInput>["selection"]) {
  if ("caseIds" in selection) {
    const ids = [...new Set(selection.caseIds)];
    const rows = await db.case.findMany({ where: { id: { in: ids } }, select: { id: true, subject: true } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return { cases: ids.map((id): Selected => byId.get(id) ?? { id, subject: null }), truncated: false };
  }
  const about =
    "sender" in selection
      ? [
          { subject: { kind: "USER" as const, key: selection.sender } },
          { subject: { kind: "EVENT" as const, senderMxid: selection.sender } },
        ]
      : [
          { subject: { kind: "ROOM" as const, key: selection.roomId } },
          { subject: { kind: "EVENT" as const, roomId: selection.roomId } },
        ];
  const rows = await db.case.findMany({
    where: { status: { in: [...OPEN_STATUSES] }, OR: about },
    select: { id: true, subject: true },
    orderBy: [{ openedAt: "asc" }, { id: "asc" }],
    take: MAX_BULK_CASES + 1,
  });
  return { cases: rows.slice(0, MAX_BULK_CASES) as Selected[], truncated: rows.length > MAX_BULK_CASES };
}

function validateTemplate(decision: Record<string, unknown>, caseId: string): DecideCaseInput {
  const {
    caseId: _c,
    batchId: _b,
    requestId: _r,
    expectedStatus: _s,
    expectedUpdatedAt: _u,
    ...rest
  } = decision;
  const parsed = ZDecideCaseInput.safeParse({ ...rest, caseId });
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`);
  throw new AppError("BAD_REQUEST", `Invalid decision: ${issues.join("; ")}`, { issues });
}

function classify(error: unknown): Omit<BulkCaseResult, "caseId"> {
  if (!isAppError(error)) {
    console.error("bulk decision: unexpected error", error);
    return { outcome: "error", message: "Something went wrong on the server." };
  }
  if (error.code === "CONFLICT") return { outcome: "conflict", message: error.message };
  if (error.code === "FORBIDDEN") return { outcome: "forbidden", message: error.message };
  return { outcome: "error", message: error.message };
}

function countOutcomes(results: BulkCaseResult[]) {
  const count = (o: BulkOutcome) => results.filter((r) => r.outcome === o).length;
  return {
    decided: count("decided"),
    conflict: count("conflict"),
    forbidden: count("forbidden"),
    error: count("error"),
  };
}
