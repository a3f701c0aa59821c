/**
 * Walks the audit chain in order and reports the first row whose content or link does not check out.
 * Reads in pages so a long history does not have to fit in memory.
 */
import type { Db } from "@/lib/db/client";

import { GENESIS_HASH, hashAuditRow } from "./chain";

export type AuditVerification =
  | { ok: true; checked: number; lastSeq: string | null; lastHash: string }
  | {
      ok: false;
      checked: number;
      broken: { seq: string; type: string; createdAt: string; problem: "content_altered" | "link_broken" };
      message: string;
    };

export async function verifyAuditChain(db: Db, pageSize = 2000): Promise<AuditVerification> {
  let previousHash = GENESIS_HASH;
  let afterSeq: bigint | undefined;
  let checked = 0;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: afterSeq === undefined ? {} : { seq: { gt: afterSeq } },
      orderBy: { seq: "asc" },
      take: pageSize,
    });
    if (rows.length === 0) break;
    for (const row of rows) {
      const where = { seq: row.seq.toString(), type: row.type, createdAt: row.createdAt.toISOString() };
      if (row.prevHash !== previousHash) {
        return {
          ok: false,
          checked,
          broken: { ...where, problem: "link_broken" },
          message: `Audit row ${where.seq} (${row.type}) does not link to the row before it: a row before it was removed, inserted or altered.`,
        };
      }
      if (hashAuditRow({ ...row, data: row.data }) !== row.hash) {
        return {
          ok: false,
          checked,
          broken: { ...where, problem: "content_altered" },
          message: `Audit row ${where.seq} (${row.type}) was altered: its content no longer matches its hash.`,
        };
      }
      previousHash = row.hash;
      checked++;
    }
    afterSeq = rows.at(-1)!.seq;
  }
  return { ok: true, checked, lastSeq: afterSeq?.toString() ?? null, lastHash: previousHash };
}
