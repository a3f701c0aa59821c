/**
 * Appends one event to the audit chain, inside the caller's transaction, so an action without its audit row never
 * commits. Writers are serialised by a transaction-scoped advisory lock: the chain needs a single order, and the
 * lock is held only for the few milliseconds between reading the last hash and the caller's commit.
 */
import type { Tx } from "@/lib/db/client";

import { GENESIS_HASH, hashAuditRow } from "./chain";
import { type AuditActor, type AuditContext, type AuditData, type AuditEventType, ZAuditEvent } from "./types";

/** Any stable 64-bit number; only this module takes this lock. */
const AUDIT_CHAIN_LOCK = 7_204_311_001;

export type RecordAuditEventInput<T extends AuditEventType> = {
  type: T;
  data: AuditData<T>;
  actor: AuditActor;
  target?: { type: string; id: string };
  context?: AuditContext;
};

export async function recordAuditEvent<T extends AuditEventType>(
  tx: Tx,
  input: RecordAuditEventInput<T>,
): Promise<{ seq: bigint; hash: string }> {
  const { data } = ZAuditEvent.parse({ type: input.type, data: input.data });
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK}::bigint)`;
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { hash: true } });
  const [{ seq }] = await tx.$queryRaw<[{ seq: bigint }]>`
    SELECT nextval(pg_get_serial_sequence('audit_events', 'seq')) AS seq`;

  const row = {
    seq,
    type: input.type,
    actorId: input.actor.kind === "reviewer" ? input.actor.id : null,
    actorLabel: actorLabel(input.actor),
    targetType: input.target?.type ?? null,
    targetId: input.target?.id ?? null,
    data: data as object,
    ipAddress: bound(input.context?.ipAddress, 100),
    userAgent: bound(input.context?.userAgent, 500),
    createdAt: new Date(),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const hash = hashAuditRow(row);
  await tx.auditEvent.create({ data: { ...row, hash } });
  return { seq, hash };
}

function actorLabel(actor: AuditActor): string {
  if (actor.kind === "reviewer") return actor.mxid;
  if (actor.kind === "system") return `system:${actor.name}`;
  return actor.label;
}

function bound(value: string | null | undefined, max: number): string | null {
  if (!value) return null;
  return value.length > max ? value.slice(0, max) : value;
}
