/**
 * Everything the case page needs to decide without leaving it: the case and its subject, every signal (bounded
 * text, policy-server verdicts from `raw`), the intake's enrichment (validated part by part, so one malformed
 * part does not hide the rest), decisions with their enforcement actions, appeals, earlier cases about the sender,
 * other open cases about the same sender or room, and the claim.
 *
 * Child-safety cases answer NOT_FOUND to unqualified reviewers (not FORBIDDEN), so their existence does not leak.
 * All attacker-written text is bounded here, before it is serialised into a page or JSON response.
 *
 * Like the other lib/cases modules it does not import "server-only": that guard throws under vitest's plain Node
 * conditions, and the integration test needs to load this file. Client components only import its types.
 */
import { can, canSeeChildSafety } from "@/lib/auth/permissions";
import type { CurrentReviewer } from "@/lib/auth/types";
import { db as defaultDb, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { type TCaseEnrichment, ZCaseEnrichment } from "@/lib/intake/enrichment-schema";
import { type Bounded, boundedJson, boundText } from "@/lib/render/bound";
import { type PolicyServerVerdict, policyServerVerdict } from "@/lib/render/signal-raw";

import { OPEN_STATUSES } from "./schemas";

export const MAX_SIGNALS = 100;
export const REASON_DISPLAY_MAX = 8_000;
export const RAW_DISPLAY_MAX = 16_000;
export const MAX_RELATED = 10;

const ZCaseIdParam = /^[A-Za-z0-9_-]{1,64}$/;

type Viewer = Pick<CurrentReviewer, "id" | "role" | "childSafety">;

export type SignalView = {
  id: string;
  source: string;
  reporterMxid: string | null;
  reason: Bounded | null;
  score: number | null;
  harmIds: string[];
  occurredAt: string;
  policyServer: PolicyServerVerdict | null;
  raw: Bounded;
};

export type RelatedCase = {
  id: string;
  number: number;
  status: CaseStatus;
  subject: { kind: string; key: string };
  openedAt: string;
  /** Why it is listed: same sender, same room, or an earlier case the intake linked. */
  relation: "sender" | "room" | "earlier";
  latestDecision: { outcome: string; policyId: string | null; createdAt: string } | null;
};

export type EnrichmentView = {
  /** Parts that validated; a part that did not is null and named in `invalidParts`. */
  value: Partial<TCaseEnrichment> | null;
  invalidParts: string[];
  capturedAt: string | null;
  raw: Bounded | null;
};

export type CaseDetail = Awaited<ReturnType<typeof getCaseDetail>>;

export async function getCaseDetail(viewer: Viewer, caseId: string, database: Db = defaultDb(), now = new Date()) {
  if (!can(viewer, "case.read")) throw new AppError("FORBIDDEN", "Your role may not do this (needs case.read).");
  if (!ZCaseIdParam.test(caseId)) throw new AppError("NOT_FOUND", "No such case.");
  const row = await database.case.findUnique({
    where: { id: caseId },
    include: {
      subject: true,
      suggestedPolicy: { select: { id: true, label: true, severity: true, childSafety: true } },
      claimedBy: { select: { id: true, mxid: true, displayName: true } },
      previousCase: { select: { id: true, number: true, status: true } },
      signals: { orderBy: { occurredAt: "asc" }, take: MAX_SIGNALS },
      decisions: {
        orderBy: { createdAt: "asc" },
        include: {
          reviewer: { select: { mxid: true, displayName: true } },
          policy: { select: { id: true, label: true } },
          actions: { orderBy: { createdAt: "asc" } },
        },
      },
      appeals: { orderBy: { filedAt: "asc" }, include: { assignedTo: { select: { mxid: true, displayName: true } } } },
    },
  });
  const childSafety = !!row?.childSafety || !!row?.suggestedPolicy?.childSafety;
  if (!row || (childSafety && !canSeeChildSafety(viewer))) throw new AppError("NOT_FOUND", "No such case.");

  const enrichment = parseEnrichment(row.enrichment);
  const sender = row.subject.senderMxid ?? (row.subject.kind === "USER" ? row.subject.key : null) ?? enrichment.value?.event?.sender ?? null;
  const roomId = row.subject.roomId ?? (row.subject.kind === "ROOM" ? row.subject.key : null) ?? enrichment.value?.event?.roomId ?? null;
  const claimActive = !!row.claimExpiresAt && row.claimExpiresAt > now;

  return {
    id: row.id,
    number: row.number,
    status: row.status,
    priority: row.priority,
    severity: row.severity,
    childSafety,
    suggestedPolicy: row.suggestedPolicy ? { id: row.suggestedPolicy.id, label: row.suggestedPolicy.label, severity: row.suggestedPolicy.severity } : null,
    statusNote: row.statusNote ? boundText(row.statusNote, 2000).text : null,
    signalCount: row.signalCount,
    reporterCount: row.reporterCount,
    openedAt: row.openedAt.toISOString(),
    lastSignalAt: row.lastSignalAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    /** For the stale-page check of claim, release, hold and escalate (`expectedUpdatedAt`). */
    updatedAt: row.updatedAt.toISOString(),
    enrichedAt: row.enrichedAt?.toISOString() ?? null,
    previousCase: row.previousCase,
    claim: {
      active: claimActive,
      mine: claimActive && row.claimedById === viewer.id,
      by: claimActive ? row.claimedBy : null,
      expiresAt: claimActive ? row.claimExpiresAt!.toISOString() : null,
    },
    subject: {
      kind: row.subject.kind,
      key: row.subject.key,
      isLocal: row.subject.isLocal,
      server: row.subject.server,
      roomId: row.subject.roomId,
      senderMxid: row.subject.senderMxid,
    },
    sender,
    roomId,
    signals: row.signals.map(toSignalView),
    signalsShown: row.signals.length,
    enrichment,
    decisions: row.decisions.map((d) => ({
      id: d.id,
      reviewer: d.reviewer,
      automated: d.automated,
      outcome: d.outcome,
      policy: d.policy,
      statementOfReasons: boundText(d.statementOfReasons, 8000).text,
      internalNote: d.internalNote ? boundText(d.internalNote, 8000).text : null,
      notifyUser: d.notifyUser,
      batchId: d.batchId,
      supersedesId: d.supersedesId,
      appealId: d.appealId,
      createdAt: d.createdAt.toISOString(),
      actions: d.actions.map((a) => ({
        id: a.id,
        kind: a.kind,
        target: boundText(a.target, 600).text,
        status: a.status,
        attempts: a.attempts,
        maxAttempts: a.maxAttempts,
        synapseJobId: a.synapseJobId,
        lastError: a.lastError ? boundText(a.lastError, 2000).text : null,
        createdAt: a.createdAt.toISOString(),
        completedAt: a.completedAt?.toISOString() ?? null,
      })),
    })),
    appeals: row.appeals.map((a) => ({
      id: a.id,
      decisionId: a.decisionId,
      appellantMxid: a.appellantMxid,
      statement: boundText(a.statement, REASON_DISPLAY_MAX),
      status: a.status,
      outcome: a.outcome,
      assignedTo: a.assignedTo,
      filedAt: a.filedAt.toISOString(),
      dueAt: a.dueAt.toISOString(),
      decidedAt: a.decidedAt?.toISOString() ?? null,
    })),
    related: await loadRelated(database, viewer, row.id, { sender, roomId, earlierIds: enrichment.value?.earlierCaseIds ?? [] }),
  };
}

function toSignalView(s: Prisma.SignalGetPayload<object>): SignalView {
  return {
    id: s.id,
    source: s.source,
    reporterMxid: s.reporterMxid,
    reason: s.reason === null ? null : boundText(s.reason, REASON_DISPLAY_MAX),
    score: s.score,
    harmIds: s.harmIds.slice(0, 20),
    occurredAt: s.occurredAt.toISOString(),
    policyServer: policyServerVerdict(s.raw),
    raw: boundedJson(s.raw, RAW_DISPLAY_MAX),
  };
}

const PARTS = ["event", "context", "room", "sender", "media", "earlierCaseIds", "errors"] as const;

/** Validates the enrichment whole, or else part by part: the intake may have written an older or partial shape. */
export function parseEnrichment(raw: unknown): EnrichmentView {
  if (raw === null || raw === undefined) return { value: null, invalidParts: [], capturedAt: null, raw: null };
  const bounded = boundedJson(raw, RAW_DISPLAY_MAX);
  const whole = ZCaseEnrichment.safeParse(raw);
  if (whole.success) return { value: whole.data, invalidParts: [], capturedAt: whole.data.capturedAt, raw: bounded };
  const record = typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const value: Partial<TCaseEnrichment> = {};
  const invalidParts: string[] = [];
  for (const part of PARTS) {
    if (record[part] === undefined) continue;
    const parsed = ZCaseEnrichment.shape[part].safeParse(record[part]);
    if (parsed.success) Object.assign(value, { [part]: parsed.data });
    else invalidParts.push(part);
  }
  const capturedAt = typeof record.capturedAt === "string" ? boundText(record.capturedAt, 40).text : null;
  return { value, invalidParts, capturedAt, raw: bounded };
}

async function loadRelated(
  database: Db,
  viewer: Viewer,
  caseId: string,
  about: { sender: string | null; roomId: string | null; earlierIds: string[] },
): Promise<RelatedCase[]> {
  const visible: Prisma.CaseWhereInput = canSeeChildSafety(viewer) ? {} : { childSafety: false };
  const select = {
    id: true,
    number: true,
    status: true,
    openedAt: true,
    subject: { select: { kind: true, key: true } },
    decisions: { orderBy: { createdAt: "desc" }, take: 1, select: { outcome: true, policyId: true, createdAt: true } },
  } satisfies Prisma.CaseSelect;
  const open = { status: { in: [...OPEN_STATUSES] }, id: { not: caseId }, ...visible } satisfies Prisma.CaseWhereInput;
  const [bySender, byRoom, earlier] = await Promise.all([
    about.sender
      ? database.case.findMany({
          where: { ...open, subject: { OR: [{ senderMxid: about.sender }, { kind: "USER", key: about.sender }] } },
          orderBy: { priority: "desc" },
          take: MAX_RELATED,
          select,
        })
      : [],
    about.roomId
      ? database.case.findMany({
          where: { ...open, subject: { OR: [{ roomId: about.roomId }, { kind: "ROOM", key: about.roomId }] } },
          orderBy: { priority: "desc" },
          take: MAX_RELATED,
          select,
        })
      : [],
    about.earlierIds.length
      ? database.case.findMany({
          where: { id: { in: about.earlierIds.slice(0, 50), not: caseId }, ...visible },
          orderBy: { openedAt: "desc" },
          take: 50,
          select,
        })
      : [],
  ]);
  const seen = new Set<string>();
  const out: RelatedCase[] = [];
  const add = (rows: typeof bySender, relation: RelatedCase["relation"]) => {
    for (const r of rows) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      const d = r.decisions[0];
      out.push({
        id: r.id,
        number: r.number,
        status: r.status,
        subject: { kind: r.subject.kind, key: boundText(r.subject.key, 600).text },
        openedAt: r.openedAt.toISOString(),
        relation,
        latestDecision: d ? { outcome: d.outcome, policyId: d.policyId, createdAt: d.createdAt.toISOString() } : null,
      });
    }
  };
  add(bySender, "sender");
  add(byRoom, "room");
  add(earlier, "earlier");
  return out;
}
