/**
 * Tells the people who reported a case that it was reviewed, in the decision's transaction: one SEND_SERVER_NOTICE
 * per distinct local reporter, with a fixed text. The text is fixed on purpose: it must never name the reviewer, the
 * reported person or what was done to them (that is the affected user's business, and a reporter could be their
 * harasser), and a free text per decision would sooner or later leak one of those. Only the subject's kind is named.
 *
 * Remote reporters are skipped: server notices reach local accounts only. A reporter already thanked about this
 * case (an earlier decision, e.g. before an appeal) is not thanked twice; the reported user is never "thanked"
 * (they get the statement of reasons instead).
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { AuditActor, AuditContext } from "@/lib/audit/types";
import type { Tx } from "@/lib/db/client";
import { serverOfUserId } from "@/lib/enforcement/action-rules";

/** Marks the outbox payload so later decisions can tell a thank-you from the statement-of-reasons notice. */
export const REPORTER_FEEDBACK_PURPOSE = "reporter_feedback";

const SUBJECT_WORDS: Record<string, string> = {
  EVENT: "a message",
  USER: "an account",
  ROOM: "a room",
  MEDIA: "a file",
  SERVER: "a server",
};

export function reporterFeedbackText(subjectKind: string, outcome: "VIOLATION" | "NO_VIOLATION"): string {
  const about = SUBJECT_WORDS[subjectKind] ?? "some content";
  const result =
    outcome === "VIOLATION" ? "took action under our policies" : "found no violation of our policies";
  return `Thanks for your report about ${about}. We reviewed it and ${result}.`;
}

export type FeedbackTarget = {
  caseId: string;
  decisionId: string;
  outcome: "VIOLATION" | "NO_VIOLATION";
  subjectKind: string;
};

export async function enqueueReporterFeedback(
  tx: Tx,
  target: FeedbackTarget,
  options: {
    localServerName: string | undefined;
    subjectUser: string | null;
    actor: AuditActor;
    context?: AuditContext;
  },
): Promise<string[]> {
  const signals = await tx.signal.findMany({
    where: { caseId: target.caseId, reporterMxid: { not: null } },
    select: { reporterMxid: true },
    distinct: ["reporterMxid"],
  });
  const reporters = signals.flatMap((s) =>
    s.reporterMxid && s.reporterMxid !== options.subjectUser ? [s.reporterMxid] : [],
  );
  const local = reporters.filter(
    (r) => options.localServerName && serverOfUserId(r) === options.localServerName,
  );
  const already = await tx.enforcementAction.findMany({
    where: {
      kind: "SEND_SERVER_NOTICE",
      target: { in: local },
      decision: { caseId: target.caseId },
      payload: { path: ["purpose"], equals: REPORTER_FEEDBACK_PURPOSE },
    },
    select: { target: true },
  });
  const thanked = new Set(already.map((a) => a.target));
  const body = reporterFeedbackText(target.subjectKind, target.outcome);
  const ids: string[] = [];
  for (const userId of local.filter((r) => !thanked.has(r))) {
    const row = await tx.enforcementAction.create({
      data: {
        decisionId: target.decisionId,
        kind: "SEND_SERVER_NOTICE",
        target: userId,
        // The worker re-parses the payload with the SEND_SERVER_NOTICE schema, which ignores `purpose`.
        payload: { userId, body, purpose: REPORTER_FEEDBACK_PURPOSE },
      },
    });
    ids.push(row.id);
    await recordAuditEvent(tx, {
      type: "ENFORCEMENT_ENQUEUED",
      actor: options.actor,
      target: { type: "enforcement_action", id: row.id },
      context: options.context,
      data: { actionId: row.id, decisionId: target.decisionId, kind: "SEND_SERVER_NOTICE", target: userId },
    });
  }
  await recordAuditEvent(tx, {
    type: "REPORTERS_NOTIFIED",
    actor: options.actor,
    target: { type: "case", id: target.caseId },
    context: options.context,
    data: {
      decisionId: target.decisionId,
      notified: ids.length,
      skippedRemote: reporters.length - local.length,
      skippedAlreadyNotified: local.length - ids.length,
    },
  });
  return ids;
}
