/**
 * Room reports (`ROOM_REPORT`). Three ways, in order:
 * 1. the admin API proposed in element-hq/synapse#19648 (keyset pages, newest id first), when the server has it;
 * 2. else, with SYNAPSE_DATABASE_URL set, Synapse's `room_reports` table over a read-only connection
 *    (lib/intake/synapse-database), in the same keyset shape;
 * 3. else the source is marked unavailable, with the reason an operator needs to fix it.
 * One signal per report, about the room; the report row is kept verbatim in `raw`; idempotent on the report id.
 */
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Synapse } from "@/lib/synapse";

import { attachSignals } from "../attach-signals";
import { harmHintsFromReason } from "../harm-keywords";
import { knownSourceIds } from "../known-source-ids";
import { reasonText } from "../sanitize";
import { listRoomReportsFromDatabase } from "../synapse-database/list-room-reports";
import { synapseDatabasePool } from "../synapse-database/read-only-pool";
import { emptySummary, type IncomingSignal, type SourceSummary } from "../types";

export const ROOM_REPORTS_UNAVAILABLE =
  "This Synapse has no room-reports admin API; set SYNAPSE_DATABASE_URL to a read-only connection to Synapse's database";

/**
 * Report ids come from an in-memory counter in Synapse and are inserted in separate transactions, so a lower id
 * can commit just after a higher one was read. Each pass therefore re-reads this many ids below the cursor; what is
 * already stored is skipped (one indexed query), and a late report is not lost.
 */
export const LATE_COMMIT_OVERLAP = 50;

export type RoomReportRun =
  | { available: false; reason: string; summary: SourceSummary }
  | { available: true; summary: SourceSummary; highWater: number; via: "admin-api" | "database" };

export type RoomReportOptions = {
  db: Db;
  serverName: string;
  highWater: number;
  pageSize: number;
  maxPages: number;
  /** Synapse's database, read-only; defaults to SYNAPSE_DATABASE_URL. Used only when the admin API is missing. */
  synapseDatabaseUrl?: string;
};

/** The fields of a room report both ways provide; the rest of the row travels along into `raw`. */
type RoomReportRow = {
  id: number;
  received_ts: number;
  room_id: string;
  user_id: string;
  reason?: string | null;
};
type KeysetPage = { reports: RoomReportRow[]; malformed: number; next: number | undefined };
type Feed = (below: number | undefined) => Promise<KeysetPage>;

export async function runRoomReports(synapse: Synapse, options: RoomReportOptions): Promise<RoomReportRun> {
  const first = await synapse.reports.listRoomReports({ limit: options.pageSize });
  if (first.available) {
    const firstPage = { reports: first.page.room_reports, malformed: 0, next: first.page.next_batch };
    const feed: Feed = async (below) => {
      if (below === undefined) return firstPage;
      const result = await synapse.reports.listRoomReports({ from: below, limit: options.pageSize });
      if (!result.available) throw new Error("the room-reports admin API disappeared during the pass");
      return { reports: result.page.room_reports, malformed: 0, next: result.page.next_batch };
    };
    return { ...(await ingest(feed, options)), via: "admin-api" };
  }
  const url = options.synapseDatabaseUrl ?? env().SYNAPSE_DATABASE_URL;
  if (!url) return { available: false, reason: ROOM_REPORTS_UNAVAILABLE, summary: emptySummary() };
  const pool = synapseDatabasePool(url);
  const feed: Feed = async (below) => {
    const page = await listRoomReportsFromDatabase(pool, {
      above: lowestId(options),
      below,
      limit: options.pageSize,
    });
    return { reports: page.reports, malformed: page.malformed.length, next: page.next };
  };
  return { ...(await ingest(feed, options)), via: "database" };
}

/**
 * Newest first down to the cursor (minus the overlap). The cursor moves only when a pass got all the way down, so
 * a pass cut short (maxPages, a crash) is redone by the next one, which stores nothing twice.
 */
async function ingest(
  feed: Feed,
  options: RoomReportOptions,
): Promise<{ available: true; summary: SourceSummary; highWater: number }> {
  const summary = emptySummary();
  const above = lowestId(options);
  let maxSeen = options.highWater;
  let below: number | undefined;
  for (let pageNo = 0; pageNo < options.maxPages; pageNo++) {
    const page = await feed(below);
    summary.fetched += page.reports.length + page.malformed;
    summary.errors += page.malformed;
    const rows = page.reports.filter((r) => r.id > above);
    const known = await knownSourceIds(
      options.db,
      "ROOM_REPORT",
      rows.map((r) => String(r.id)),
    );
    // Rows of the overlap are expected to be known; only a known row above the cursor is a duplicate.
    summary.duplicates += rows.filter((r) => r.id > options.highWater && known.has(String(r.id))).length;
    for (const r of rows) maxSeen = Math.max(maxSeen, r.id);
    const fresh = rows.filter((r) => !known.has(String(r.id)));
    if (fresh.length > 0) {
      const stored = await attachSignals(options.db, fresh.map(toRoomSignal), {
        serverName: options.serverName,
      });
      summary.new += stored.inserted.length;
      summary.duplicates += stored.duplicates;
    }
    const reachedOld = rows.length < page.reports.length;
    if (page.next === undefined || reachedOld || page.reports.length + page.malformed === 0)
      return { available: true, summary, highWater: maxSeen };
    below = page.next;
  }
  return { available: true, summary, highWater: options.highWater };
}

/** Exclusive lower bound of the ids a pass reads: the cursor minus the late-commit overlap. */
function lowestId(options: RoomReportOptions): number {
  return options.highWater - LATE_COMMIT_OVERLAP;
}

function toRoomSignal(r: RoomReportRow): IncomingSignal {
  const reason = reasonText(r.reason);
  return {
    source: "ROOM_REPORT",
    sourceId: String(r.id),
    subject: { kind: "ROOM", key: r.room_id },
    reporterMxid: r.user_id,
    reason,
    score: null,
    harmIds: harmHintsFromReason(reason),
    occurredAt: new Date(r.received_ts),
    raw: r,
  };
}
