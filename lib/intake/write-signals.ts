/**
 * The first half of an intake batch, inside its transaction: subjects upserted on (kind, key) and signals inserted
 * with ON CONFLICT DO NOTHING, so a signal already stored (an earlier pass, a concurrent one) is simply not
 * returned. One statement each, whatever the batch size.
 */
import { randomUUID } from "node:crypto";

import type { Tx } from "@/lib/db/client";

import { cleanJson } from "./sanitize";
import { subjectKey, subjectRow } from "./subject-identity";
import type { IncomingSignal } from "./types";

/** Returns subject ids by subjectKey(). Rows are sorted so concurrent batches lock them in the same order. */
export async function upsertSubjects(
  tx: Tx,
  signals: readonly IncomingSignal[],
  serverName: string,
): Promise<Map<string, string>> {
  const rows = new Map(signals.map((s) => [subjectKey(s.subject), subjectRow(s.subject, serverName)]));
  const sorted = [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, r]) => r);
  const found = await tx.$queryRaw<{ id: string; kind: string; key: string }[]>`
    INSERT INTO subjects (id, kind, key, is_local, server, room_id, sender_mxid)
    SELECT t.id, t.kind::"SubjectKind", t.key, t.is_local, t.server, t.room_id, t.sender_mxid
    FROM unnest(
      ${sorted.map(() => randomUUID())}::text[], ${sorted.map((r) => r.kind)}::text[], ${sorted.map((r) => r.key)}::text[],
      ${sorted.map((r) => r.isLocal)}::boolean[], ${sorted.map((r) => r.server)}::text[],
      ${sorted.map((r) => r.roomId)}::text[], ${sorted.map((r) => r.senderMxid)}::text[]
    ) AS t(id, kind, key, is_local, server, room_id, sender_mxid)
    ON CONFLICT (kind, key) DO UPDATE SET
      room_id = COALESCE(subjects.room_id, EXCLUDED.room_id),
      sender_mxid = COALESCE(subjects.sender_mxid, EXCLUDED.sender_mxid)
    RETURNING id, kind::text AS kind, key`;
  return new Map(found.map((r) => [subjectKey(r), r.id]));
}

export type InsertedSignal = { id: string; sourceId: string; subjectId: string };

export async function insertSignals(
  tx: Tx,
  signals: readonly IncomingSignal[],
  subjectIds: Map<string, string>,
): Promise<InsertedSignal[]> {
  const sorted = [...signals].sort((a, b) => (a.sourceId < b.sourceId ? -1 : 1));
  const subjectOf = (s: IncomingSignal) => {
    const id = subjectIds.get(subjectKey(s.subject));
    if (!id) throw new Error(`subject ${s.subject.kind} ${s.subject.key} was not upserted`);
    return id;
  };
  return tx.$queryRaw<InsertedSignal[]>`
    INSERT INTO signals (id, source, source_id, subject_id, reporter_mxid, reason, score, harm_ids, occurred_at, raw)
    SELECT t.id, t.source::"SignalSource", t.source_id, t.subject_id, t.reporter, t.reason, t.score,
      ARRAY(SELECT jsonb_array_elements_text(t.harms::jsonb)), t.occurred::timestamptz, t.raw::jsonb
    FROM unnest(
      ${sorted.map(() => randomUUID())}::text[], ${sorted.map((s) => s.source)}::text[], ${sorted.map((s) => s.sourceId)}::text[],
      ${sorted.map(subjectOf)}::text[], ${sorted.map((s) => s.reporterMxid)}::text[], ${sorted.map((s) => s.reason)}::text[],
      ${sorted.map((s) => s.score)}::int[], ${sorted.map((s) => JSON.stringify(s.harmIds))}::text[],
      ${sorted.map((s) => s.occurredAt.toISOString())}::text[], ${sorted.map((s) => JSON.stringify(cleanJson(s.raw) ?? null))}::text[]
    ) AS t(id, source, source_id, subject_id, reporter, reason, score, harms, occurred, raw)
    ON CONFLICT (source, source_id) DO NOTHING
    RETURNING id, source_id AS "sourceId", subject_id AS "subjectId"`;
}
