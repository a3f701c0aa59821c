/**
 * Audit rows for an intake batch. recordAuditEvent writes one row per call (four round trips under the chain lock);
 * a 100-report page would spend most of its time there. So the first event goes through recordAuditEvent, which
 * takes the transaction-scoped chain lock and returns the new chain head, and the rest extend the chain from that
 * head in one INSERT while the lock is still held (it is released only at commit). The rows are hashed by the same
 * lib/audit/chain.ts function and verify like any others.
 * TODO(lead): this belongs in lib/audit as `recordAuditEvents(tx, events[])`; moved here only because intake may
 * not edit lib/audit beyond types.ts.
 */
import { hashAuditRow } from "@/lib/audit/chain";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { type AuditData, ZAuditEvent } from "@/lib/audit/types";
import type { Tx } from "@/lib/db/client";

import { INTAKE_ACTOR } from "./types";

export type IntakeAuditEvent =
  | { type: "CASE_OPENED"; caseId: string; data: AuditData<"CASE_OPENED"> }
  | { type: "SIGNAL_ATTACHED"; caseId: string; data: AuditData<"SIGNAL_ATTACHED"> };

const ACTOR_LABEL = `system:${INTAKE_ACTOR.name}`;

export async function recordIntakeAuditEvents(tx: Tx, events: readonly IntakeAuditEvent[]): Promise<void> {
  const [first, ...rest] = events;
  if (!first) return;
  const target = { type: "case", id: first.caseId };
  let head =
    first.type === "CASE_OPENED"
      ? await recordAuditEvent(tx, { type: first.type, data: first.data, actor: INTAKE_ACTOR, target })
      : await recordAuditEvent(tx, { type: first.type, data: first.data, actor: INTAKE_ACTOR, target });
  if (rest.length === 0) return;

  const seqs = await tx.$queryRaw<{ seq: bigint }[]>`
    SELECT nextval(pg_get_serial_sequence('audit_events', 'seq')) AS seq FROM generate_series(1, ${rest.length}::int)`;
  seqs.sort((a, b) => (a.seq < b.seq ? -1 : 1));
  const createdAt = new Date();
  const rows = rest.map((event, i) => {
    const { data } = ZAuditEvent.parse({ type: event.type, data: event.data });
    const seq = seqs[i]?.seq;
    if (seq === undefined) throw new Error("audit sequence returned too few values");
    const row = {
      seq,
      type: event.type,
      actorId: null,
      actorLabel: ACTOR_LABEL,
      targetType: "case",
      targetId: event.caseId,
      data: data as object,
      ipAddress: null,
      userAgent: null,
      createdAt,
      prevHash: head.hash,
    };
    const hash = hashAuditRow(row);
    head = { seq, hash };
    return { ...row, hash };
  });
  // One statement for the whole batch (Prisma's createMany binds 12 parameters per row).
  await tx.$executeRaw`
    INSERT INTO audit_events (seq, type, actor_id, actor_label, target_type, target_id, data, created_at, prev_hash, hash)
    SELECT t.seq, t.type, NULL, ${ACTOR_LABEL}, 'case', t.target_id, t.data::jsonb, ${createdAt}::timestamptz, t.prev_hash, t.hash
    FROM unnest(
      ${rows.map((r) => r.seq.toString())}::bigint[], ${rows.map((r) => r.type)}::text[], ${rows.map((r) => r.targetId)}::text[],
      ${rows.map((r) => JSON.stringify(r.data))}::text[], ${rows.map((r) => r.prevHash)}::text[], ${rows.map((r) => r.hash)}::text[]
    ) AS t(seq, type, target_id, data, prev_hash, hash)`;
}
