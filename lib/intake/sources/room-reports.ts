/**
 * Room reports (`ROOM_REPORT`) through the admin API proposed in element-hq/synapse#19648 (keyset pages, newest id
 * first). No released Synapse has it: the client then answers `{available: false}` and the source is marked
 * unavailable with an operator-facing reason. (The database fallback, reading `room_reports` read-only, is not
 * built yet; see the intake report.)
 */
import type { Db } from "@/lib/db/client";
import type { RoomReport, Synapse } from "@/lib/synapse";

import { attachSignals } from "../attach-signals";
import { harmHintsFromReason } from "../harm-keywords";
import { knownSourceIds } from "../known-source-ids";
import { reasonText } from "../sanitize";
import { emptySummary, type IncomingSignal, type SourceSummary } from "../types";

export const ROOM_REPORTS_UNAVAILABLE =
  "This Synapse has no room-reports admin API; configure SYNAPSE_DATABASE_URL for read-only access";

export type RoomReportRun =
  | { available: false; reason: string; summary: SourceSummary }
  | { available: true; summary: SourceSummary; highWater: number };

export async function runRoomReports(
  synapse: Synapse,
  options: { db: Db; serverName: string; highWater: number; pageSize: number; maxPages: number },
): Promise<RoomReportRun> {
  const summary = emptySummary();
  let maxSeen = options.highWater;
  let from: number | undefined;
  for (let page = 0; page < options.maxPages; page++) {
    const result = await synapse.reports.listRoomReports({ from, limit: options.pageSize });
    if (!result.available) return { available: false, reason: ROOM_REPORTS_UNAVAILABLE, summary };
    const rows = result.page.room_reports.filter((r) => r.id > options.highWater);
    summary.fetched += result.page.room_reports.length;
    const known = await knownSourceIds(
      options.db,
      "ROOM_REPORT",
      rows.map((r) => String(r.id)),
    );
    summary.duplicates += known.size;
    const fresh = rows.filter((r) => !known.has(String(r.id)));
    for (const r of rows) maxSeen = Math.max(maxSeen, r.id);
    if (fresh.length > 0) {
      const stored = await attachSignals(options.db, fresh.map(toRoomSignal), {
        serverName: options.serverName,
      });
      summary.new += stored.inserted.length;
      summary.duplicates += stored.duplicates;
    }
    const next = result.page.next_batch;
    const reachedOld = rows.length < result.page.room_reports.length;
    if (next === undefined || reachedOld || result.page.room_reports.length === 0) break;
    from = next;
  }
  return { available: true, summary, highWater: maxSeen };
}

function toRoomSignal(r: RoomReport): IncomingSignal {
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
