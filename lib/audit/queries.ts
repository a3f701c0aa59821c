/**
 * Reading the audit log for the leads' page: newest first, paged by `seq` (the chain order), so a page costs the
 * same at row 10,000,000 as at row 1. BigInt seqs become strings for the client.
 */
import { db as defaultDb, type Db } from "@/lib/db/client";

export type AuditEventRow = {
  seq: string;
  type: string;
  actorLabel: string;
  /** The reviewer who acted; null for the system or an anonymous appellant. */
  actorId: string | null;
  targetType: string | null;
  targetId: string | null;
  /** The event's data as indented JSON, cut at DATA_JSON_MAX characters (`dataTruncated` says so). */
  dataJson: string;
  dataTruncated: boolean;
  /** One line for the table: the data as compact JSON, cut short. */
  dataSummary: string;
  ipAddress: string | null;
  userAgent: string | null;
  createdAt: string;
};

export type AuditPage = { items: AuditEventRow[]; nextBeforeSeq: string | null };

const DATA_JSON_MAX = 8000;
const SUMMARY_MAX = 140;

export async function listAuditEvents(
  { beforeSeq, limit }: { beforeSeq?: bigint; limit: number },
  database: Db = defaultDb(),
): Promise<AuditPage> {
  const take = Math.max(1, Math.min(500, Math.trunc(limit)));
  const rows = await database.auditEvent.findMany({
    where: beforeSeq === undefined ? {} : { seq: { lt: beforeSeq } },
    orderBy: { seq: "desc" },
    take: take + 1,
    select: {
      seq: true,
      type: true,
      actorId: true,
      actorLabel: true,
      targetType: true,
      targetId: true,
      data: true,
      ipAddress: true,
      userAgent: true,
      createdAt: true,
    },
  });
  const page = rows.slice(0, take);
  return {
    items: page.map((row) => {
      const pretty = JSON.stringify(row.data ?? null, null, 2) ?? "null";
      const compact = JSON.stringify(row.data ?? null) ?? "null";
      return {
        seq: row.seq.toString(),
        type: row.type,
        actorLabel: row.actorLabel,
        actorId: row.actorId,
        targetType: row.targetType,
        targetId: row.targetId,
        dataJson: pretty.length > DATA_JSON_MAX ? pretty.slice(0, DATA_JSON_MAX) : pretty,
        dataTruncated: pretty.length > DATA_JSON_MAX,
        dataSummary: compact.length > SUMMARY_MAX ? `${compact.slice(0, SUMMARY_MAX)}…` : compact,
        ipAddress: row.ipAddress,
        userAgent: row.userAgent,
        createdAt: row.createdAt.toISOString(),
      };
    }),
    nextBeforeSeq: rows.length > take ? (page.at(-1)?.seq.toString() ?? null) : null,
  };
}

/** A `before` cursor from the address bar: digits only, else the newest page. */
export function parseSeqCursor(value: string | string[] | undefined): bigint | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v || !/^\d{1,19}$/.test(v)) return undefined;
  const seq = BigInt(v);
  return seq <= 9_223_372_036_854_775_807n ? seq : undefined;
}
