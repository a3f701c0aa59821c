/**
 * The tamper-evident link between audit rows: each row's hash covers its own content and the previous row's hash.
 * Changing a row breaks its own hash; removing or reordering rows breaks the next row's link. (Removing rows at the
 * very end leaves no trace inside the table; an external copy of the latest hash, e.g. in the daily export, covers
 * that.)
 */
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export type ChainedFields = {
  seq: bigint;
  type: string;
  actorId: string | null;
  actorLabel: string;
  targetType: string | null;
  targetId: string | null;
  data: unknown;
  ipAddress: string | null;
  userAgent: string | null;
  createdAt: Date;
  prevHash: string;
};

export function hashAuditRow(row: ChainedFields): string {
  const content = canonicalJson({
    seq: row.seq.toString(),
    type: row.type,
    actorId: row.actorId,
    actorLabel: row.actorLabel,
    targetType: row.targetType,
    targetId: row.targetId,
    data: row.data,
    ipAddress: row.ipAddress,
    userAgent: row.userAgent,
    createdAt: row.createdAt.toISOString(),
  });
  return createHash("sha256").update(row.prevHash).update("\n").update(content).digest("hex");
}

/**
 * JSON with object keys sorted, so the hash does not depend on key order (PostgreSQL's jsonb reorders keys).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}
