/**
 * The rules a decision must pass before anything is written: who may decide what, which actions make sense for
 * which subjects, and the server notice that carries the statement of reasons. Pure functions over already-loaded
 * rows, so they are unit-tested without a database and decideCase() stays a readable sequence of steps.
 */
import { can, type PermissionSubject } from "@/lib/auth/permissions";
import { ACTION_PERMISSION, REVERSING_KINDS, serverOfUserId, whyActionCannotApply } from "@/lib/enforcement/action-rules";
import { actionTarget, type EnforcementActionSpec } from "@/lib/enforcement/action-schemas";
import { AppError } from "@/lib/errors";

import type { DecideCaseInput } from "./decision-schemas";

type Reviewer = PermissionSubject & { childSafety: boolean };

/** Throws FORBIDDEN naming every permission the reviewer lacks, so the form can say exactly what to drop. */
export function assertMayDecide(
  reviewer: Reviewer,
  caseRow: { childSafety: boolean },
  input: Pick<DecideCaseInput, "outcome" | "actions">,
): void {
  if (caseRow.childSafety && !reviewer.childSafety) {
    throw new AppError("FORBIDDEN", "Child-safety cases are decided only by reviewers with that qualification.");
  }
  const outcomePermission = input.outcome === "VIOLATION" ? "case.decide" : "case.dismiss";
  const missing: string[] = can(reviewer, outcomePermission) ? [] : [outcomePermission];
  for (const action of input.actions) {
    const permission = ACTION_PERMISSION[action.kind];
    if (!can(reviewer, permission) && !missing.includes(permission)) missing.push(permission);
  }
  if (missing.length > 0) {
    throw new AppError("FORBIDDEN", `Your role may not do this: it lacks ${missing.join(", ")}.`, { missing });
  }
}

/**
 * Throws BAD_REQUEST when an action does not fit the decision or the homeserver: restrictions under a "no violation"
 * outcome, the same action twice, account actions on remote users, local-only media actions on remote media.
 */
export function assertActionsApply(
  input: Pick<DecideCaseInput, "outcome" | "actions">,
  localServerName: string | undefined,
): void {
  const problems: string[] = [];
  if (input.outcome === "NO_VIOLATION") {
    for (const a of input.actions) {
      if (!REVERSING_KINDS.has(a.kind)) problems.push(`${a.kind} restricts someone, which a "no violation" decision cannot do.`);
    }
  }
  const seen = new Set<string>();
  for (const a of input.actions) {
    const key = `${a.kind} ${actionTarget(a)}`;
    if (seen.has(key)) problems.push(`${key} is listed twice.`);
    seen.add(key);
  }
  if (input.actions.length > 0 && !localServerName) {
    throw new AppError("UNAVAILABLE", "Cannot tell local from remote accounts: SYNAPSE_SERVER_NAME is not set.");
  }
  for (const a of input.actions) {
    const why = localServerName ? whyActionCannotApply(a, localServerName) : null;
    if (why) problems.push(why);
  }
  if (problems.length > 0) throw new AppError("BAD_REQUEST", problems.join(" "), { problems });
}

/** The local user a decision is about, when there is one: the reported account, or the sender of a reported event. */
export function subjectUser(
  subject: { kind: string; key: string; senderMxid: string | null },
  localServerName: string | undefined,
): string | null {
  const userId = subject.kind === "USER" ? subject.key : subject.kind === "EVENT" ? subject.senderMxid : null;
  if (!userId || !localServerName || serverOfUserId(userId) !== localServerName) return null;
  return userId;
}

/**
 * The actions to enqueue: the reviewer's, plus a server notice carrying the statement of reasons when the user is
 * to be told and is reachable (a local account) and the decision changes something for them. A notice the reviewer
 * already wrote to that user is not doubled.
 */
export function actionsWithNotice(
  input: Pick<DecideCaseInput, "actions" | "notifyUser" | "outcome" | "statementOfReasons">,
  user: string | null,
  caseNumber: number,
): EnforcementActionSpec[] {
  const actions = [...input.actions];
  const restricts = input.outcome === "VIOLATION" || actions.length > 0;
  const alreadyNotified = actions.some((a) => a.kind === "SEND_SERVER_NOTICE" && a.userId === user);
  if (input.notifyUser && user && restricts && !alreadyNotified) {
    actions.push({
      kind: "SEND_SERVER_NOTICE",
      userId: user,
      body: `${input.statementOfReasons}\n\nReference: case ${caseNumber}.`,
    });
  }
  return actions;
}
