/**
 * Room reports read straight from Synapse's `room_reports` table (released Synapse has no admin API for them;
 * contract §2), with the room's name, alias and topic from `room_stats_state` and its joined members from
 * `room_stats_current`. Keyset pages, newest id first, the shape the proposed admin API (element-hq/synapse#19648)
 * would return, so intake treats both the same. Rows are returned as stored (bigints as numbers).
 */
import type pg from "pg";
import { z } from "zod";

export const MAX_PAGE_SIZE = 1000;

// BIGINT columns arrive as strings from node-pg; report ids and millisecond timestamps fit a double exactly.
const ZBigint = z
  .union([z.number(), z.string().regex(/^-?\d+$/)])
  .transform(Number)
  .pipe(z.number().int().refine(Number.isSafeInteger, "out of the safe integer range"));

export const ZDatabaseRoomReport = z.object({
  id: ZBigint,
  received_ts: ZBigint,
  room_id: z.string(),
  user_id: z.string(),
  reason: z.string().nullable(),
  name: z.string().nullable(),
  canonical_alias: z.string().nullable(),
  topic: z.string().nullable(),
  joined_members: ZBigint.nullable(),
});
export type DatabaseRoomReport = z.infer<typeof ZDatabaseRoomReport>;

export type DatabaseRoomReportPage = {
  reports: DatabaseRoomReport[];
  /** Rows that did not have the expected shape (a schema change in Synapse), kept for the error count. */
  malformed: unknown[];
  /** Pass as `below` for the next page; undefined when this page was the last. */
  next: number | undefined;
};

/** Reports with `above < id < below`, newest first, at most `limit` of them. */
export async function listRoomReportsFromDatabase(
  pool: pg.Pool,
  query: { above: number; below?: number; limit: number },
): Promise<DatabaseRoomReportPage> {
  const limit = Math.min(Math.max(1, Math.trunc(query.limit)), MAX_PAGE_SIZE);
  let rows: unknown[];
  try {
    const result = await pool.query(
      `SELECT rr.id, rr.received_ts, rr.room_id, rr.user_id, rr.reason,
              s.name, s.canonical_alias, s.topic, c.joined_members
         FROM room_reports rr
         LEFT JOIN room_stats_state s ON s.room_id = rr.room_id
         LEFT JOIN room_stats_current c ON c.room_id = rr.room_id
        WHERE rr.id > $1 AND ($2::bigint IS NULL OR rr.id < $2)
        ORDER BY rr.id DESC
        LIMIT $3`,
      [query.above, query.below ?? null, limit],
    );
    rows = result.rows;
  } catch (error) {
    throw explain(error);
  }
  const page: DatabaseRoomReportPage = { reports: [], malformed: [], next: undefined };
  for (const row of rows) {
    const parsed = ZDatabaseRoomReport.safeParse(row);
    if (parsed.success) page.reports.push(parsed.data);
    else page.malformed.push(row);
  }
  // A full page may have more below it. The last row's id is the keyset position even when that row is malformed
  // (it is the primary key, so it is there); without a usable id, the last good row keeps the paging moving.
  if (rows.length === limit) {
    const lastId = Number((rows.at(-1) as { id?: unknown } | undefined)?.id);
    page.next = Number.isSafeInteger(lastId) ? lastId : page.reports.at(-1)?.id;
  }
  return page;
}

/** The operator-facing cause for the errors a misconfiguration produces (shown as the source's last error). */
function explain(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "42P01")
    return new Error("Synapse's database has no room_reports table (Synapse older than 1.110?)", {
      cause: error,
    });
  if (code === "42501")
    return new Error(
      "The SYNAPSE_DATABASE_URL role may not read room reports: GRANT SELECT ON room_reports, room_stats_state, " +
        "room_stats_current TO <role>",
      { cause: error },
    );
  return error;
}
