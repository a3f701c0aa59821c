/**
 * One pass over every intake source. Each source runs on its own: one failing (Synapse down, an API missing) is
 * recorded in its IntakeCursor row and counted, and the others still run. Safe to run concurrently with another
 * pass (the unique indexes decide), though the loop makes sure only one console instance does.
 */
import type { Db } from "@/lib/db/client";
import type { Synapse } from "@/lib/synapse";

import { enrichPendingCases } from "./enrich-pending";
import { cursorNumber, runWithCursor } from "./intake-cursor";
import { eventReportSource } from "./sources/event-reports";
import { keywordScanCursor, runKeywordScan } from "./sources/keyword-scan-source";
import { runOffsetReportSource } from "./sources/offset-report-source";
import { runRoomReports } from "./sources/room-reports";
import { runSoftFailScan, type SoftFailCursor } from "./sources/soft-failed-events";
import { userReportSource } from "./sources/user-reports";
import type { SourceSummary } from "./types";

export type PolledSource =
  "EVENT_REPORT" | "USER_REPORT" | "ROOM_REPORT" | "POLICY_SERVER_SOFT_FAIL" | "KEYWORD_SCAN";
export const POLLED_SOURCES: readonly PolledSource[] = [
  "EVENT_REPORT",
  "USER_REPORT",
  "ROOM_REPORT",
  "POLICY_SERVER_SOFT_FAIL",
  "KEYWORD_SCAN",
];

export type IntakePassOptions = {
  db: Db;
  synapse: Synapse;
  /** This homeserver's name: decides which subjects are local. */
  serverName: string;
  sources?: readonly PolledSource[];
  pageSize?: number;
  maxPages?: number;
  /** Fetch each new event report's detail (`event_json`) during intake; otherwise enrichment captures the event. */
  fetchDetails?: boolean;
  detailConcurrency?: number;
  /** Cases to enrich at the end of the pass (0 = none). */
  enrichLimit?: number;
};

export type IntakePassSummary = Partial<Record<PolledSource, SourceSummary>> & { enriched?: number };

export async function runIntakePass(options: IntakePassOptions): Promise<IntakePassSummary> {
  const out: IntakePassSummary = {};
  for (const source of options.sources ?? POLLED_SOURCES)
    out[source] = (await runIntakeSource(options, source)).summary;
  const enrichLimit = options.enrichLimit ?? 25;
  if (enrichLimit > 0) out.enriched = await enrichPendingCases({ ...options, limit: enrichLimit });
  return out;
}

/** One source, with its cursor bookkeeping; `failed` when the source as a whole failed (the loop backs off). */
export async function runIntakeSource(
  options: IntakePassOptions,
  source: PolledSource,
): Promise<{ summary: SourceSummary; failed: boolean }> {
  const { db, synapse, serverName } = options;
  const paging = { db, serverName, pageSize: options.pageSize ?? 100, maxPages: options.maxPages ?? 10_000 };
  return runWithCursor(db, source, async (cursor) => {
    if (source === "EVENT_REPORT" || source === "USER_REPORT") {
      const config =
        source === "EVENT_REPORT"
          ? eventReportSource(synapse, {
              fetchDetails: options.fetchDetails ?? true,
              detailConcurrency: options.detailConcurrency ?? 8,
            })
          : userReportSource(synapse);
      const run = await runOffsetReportSource(config, {
        ...paging,
        highWater: cursorNumber(cursor, "highWater"),
      });
      return { summary: run.summary, cursor: { highWater: run.highWater } };
    }
    if (source === "ROOM_REPORT") {
      const run = await runRoomReports(synapse, { ...paging, highWater: cursorNumber(cursor, "highWater") });
      if (!run.available) return { summary: run.summary, available: false, unavailableReason: run.reason };
      return { summary: run.summary, cursor: { highWater: run.highWater } };
    }
    if (source === "KEYWORD_SCAN") {
      const run = await runKeywordScan(synapse, {
        db,
        serverName,
        cursor: keywordScanCursor(cursor),
        maxRooms: 1000,
        pageSize: 100,
        detailConcurrency: 4,
      });
      return { summary: run.summary, cursor: run.cursor };
    }
    const run = await runSoftFailScan(synapse, {
      db,
      serverName,
      cursor: softFailCursor(cursor),
      maxRooms: 1000,
      pagesPerRoom: 5,
    });
    return { summary: run.summary, cursor: run.cursor };
  });
}

function softFailCursor(cursor: unknown): SoftFailCursor {
  const rooms = cursor && typeof cursor === "object" ? (cursor as { rooms?: unknown }).rooms : undefined;
  if (!rooms || typeof rooms !== "object" || Array.isArray(rooms)) return { rooms: {} };
  return {
    rooms: Object.fromEntries(
      Object.entries(rooms).filter((e): e is [string, string] => typeof e[1] === "string"),
    ),
  };
}
