/**
 * A case's story for leads: every audit event about it, oldest first, newest last ("the audit log of a decided
 * case tells the whole story"). That is the rows targeting the case (opened, signals, claims, holds, escalations,
 * decisions, evidence captured, reporters notified), the enforcement rows of its decisions' actions, and the rows
 * that name the case only in their data (media reveals and downloads with `caseId`, evidence downloads, purges).
 *
 * Cost: every branch of the OR is an index range — (target_type, target_id, seq) for the first two, (type, seq)
 * from the case's first event on for the data-only ones — so the story of one case never scans the whole log.
 * Bounded to the newest `limit` events; `omitted` says how many earlier ones the full log (/audit) still holds.
 *
 * Like the other lib/cases modules it does not import "server-only", so its integration test can load it.
 */
import { can, canSeeChildSafety } from "@/lib/auth/permissions";
import type { CurrentReviewer } from "@/lib/auth/types";
import { db as defaultDb, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { boundText } from "@/lib/render/bound";

export const TIMELINE_LIMIT = 200;
const CASE_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Events that name the case only inside their data. */
const DATA_CASE_ID_TYPES = ["MEDIA_REVEALED", "MEDIA_DOWNLOADED", "EVIDENCE_DOWNLOADED"];

export type TimelineEvent = {
  seq: string;
  type: string;
  /** One line for people: what happened, from the event's data (bounded, plain text). */
  summary: string;
  actorLabel: string;
  /** The reviewer's display name when the actor is a reviewer who has one. */
  actorName: string | null;
  createdAt: string;
};

export type CaseTimeline = { caseId: string; events: TimelineEvent[]; omitted: number };

type Viewer = Pick<CurrentReviewer, "id" | "role" | "childSafety">;

export async function getCaseTimeline(
  viewer: Viewer,
  caseId: string,
  database: Db = defaultDb(),
  limit: number = TIMELINE_LIMIT,
): Promise<CaseTimeline> {
  if (!can(viewer, "audit.read")) throw new AppError("FORBIDDEN", "Your role may not do this (needs audit.read).");
  if (!CASE_ID.test(caseId)) throw new AppError("NOT_FOUND", "No such case.");
  const row = await database.case.findUnique({
    where: { id: caseId },
    select: { id: true, childSafety: true, decisions: { select: { actions: { select: { id: true } } } } },
  });
  // As on the case page: a child-safety case does not exist for a reviewer without the qualification.
  if (!row || (row.childSafety && !canSeeChildSafety(viewer))) throw new AppError("NOT_FOUND", "No such case.");

  const first = await database.auditEvent.findFirst({
    where: { targetType: "case", targetId: caseId },
    orderBy: { seq: "asc" },
    select: { seq: true },
  });
  const since = { gte: first?.seq ?? 0n };
  const actionIds = row.decisions.flatMap((d) => d.actions.map((a) => a.id));
  const where: Prisma.AuditEventWhereInput = {
    OR: [
      { targetType: "case", targetId: caseId },
      ...(actionIds.length ? [{ targetType: "enforcement_action", targetId: { in: actionIds } }] : []),
      { type: { in: DATA_CASE_ID_TYPES }, seq: since, data: { path: ["caseId"], equals: caseId } },
      { type: "EVIDENCE_PURGED", seq: since, data: { path: ["caseIds"], array_contains: [caseId] } },
    ],
  };
  const take = Math.max(1, Math.min(TIMELINE_LIMIT, Math.trunc(limit)));
  const [rows, total] = await Promise.all([
    database.auditEvent.findMany({
      where,
      orderBy: { seq: "desc" },
      take,
      select: { seq: true, type: true, actorLabel: true, data: true, createdAt: true, actor: { select: { displayName: true } } },
    }),
    database.auditEvent.count({ where }),
  ]);
  const events = rows.reverse().map((r) => ({
    seq: r.seq.toString(),
    type: r.type,
    summary: describeAuditEvent(r.type, r.data),
    actorLabel: r.actorLabel,
    actorName: r.actor?.displayName ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
  return { caseId, events, omitted: Math.max(0, total - events.length) };
}

/** Pure: the one line a lead reads for an event. Unknown types and odd data fall back to the type alone. */
export function describeAuditEvent(type: string, raw: unknown): string {
  const d = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const text = (key: string, max = 160) => (typeof d[key] === "string" ? boundText(d[key], max).text : "");
  const count = (key: string) => (typeof d[key] === "number" ? d[key] : 0);
  switch (type) {
    case "CASE_OPENED":
      return `Opened from ${text("source") || "intake"} (${count("signalCount")} signal${count("signalCount") === 1 ? "" : "s"})`;
    case "SIGNAL_ATTACHED":
      return `${count("signalCount")} more signal${count("signalCount") === 1 ? "" : "s"} from ${text("source") || "intake"}`;
    case "CASE_CLAIMED":
      return `${d.via === "renew" ? "Claim renewed" : d.via === "next" ? "Claimed via Next case" : "Claimed"} until ${text("expiresAt").slice(11, 16)} UTC`;
    case "CASE_RELEASED":
      return d.forced ? "Claim released by a lead" : "Released back to the queue";
    case "CASE_HELD":
      return `Put on hold: ${text("note", 300)}`;
    case "CASE_ESCALATED":
      return `Escalated to a lead: ${text("note", 300)}`;
    case "CASE_DECIDED": {
      const actions = Array.isArray(d.actionKinds) ? d.actionKinds.filter((k) => typeof k === "string").join(", ") : "";
      const outcome = d.outcome === "VIOLATION" ? `Violation of ${text("policyId") || "policy"}` : "No violation";
      return `Decided: ${outcome}${actions ? ` (${actions})` : ""}${d.batchId ? " in a bulk decision" : ""}`;
    }
    case "MEDIA_REVEALED":
    case "MEDIA_DOWNLOADED":
      return `${type === "MEDIA_REVEALED" ? "Revealed" : "Downloaded"} ${text("mxc", 200)}${d.overBudget ? " (over budget)" : ""}`;
    case "EVIDENCE_CAPTURED":
      return `Evidence captured (${Array.isArray(d.snapshotIds) ? d.snapshotIds.length : 0} snapshots)`;
    case "EVIDENCE_DOWNLOADED":
      return "Evidence snapshot downloaded";
    case "EVIDENCE_PURGED":
      return "Evidence purged after retention";
    case "REPORTERS_NOTIFIED":
      return `${count("notified")} reporter${count("notified") === 1 ? "" : "s"} notified`;
    default:
      if (type.startsWith("ENFORCEMENT_")) {
        const what = type.slice("ENFORCEMENT_".length).toLowerCase().replaceAll("_", " ");
        return `${text("kind") || "Action"} ${what}${text("error") ? `: ${text("error")}` : ""}`;
      }
      return type;
  }
}
