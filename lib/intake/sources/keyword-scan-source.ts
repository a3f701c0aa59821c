/**
 * Proactive keyword scan (`KEYWORD_SCAN`): room names and topics matched against the admins' keyword lists
 * (Settings → Keyword lists), each match a signal on the ROOM subject with the list's harm.
 *
 * Each pass reads a bounded number of rooms from the admin room list and keeps its offset in the IntakeCursor row,
 * so a large server is swept over several passes; at the end of the list the next pass starts again at 0. The list
 * rows carry no topic in Synapse, so each scanned room's details are fetched (a few at a time). Synapse offers no
 * stable order for the room list (it sorts by name), so a room renamed mid-sweep may be skipped or seen twice in
 * that sweep; the next sweep covers it. When the lists change, the sweep restarts so new terms reach every room.
 *
 * A signal's source id is (room, list, fingerprint of the matched terms and the matching fields' text): an
 * unchanged room is never signalled twice, while a renamed room that still matches is, with its new name.
 */
import { createHash } from "node:crypto";

import { z } from "zod";

import type { Db } from "@/lib/db/client";
import { loadKeywordLists } from "@/lib/settings/load-keyword-lists";
import { isSynapseApiError, synapsePath, type Synapse } from "@/lib/synapse";

import { attachSignals } from "../attach-signals";
import { compileKeywordList, type ListMatch, matchReason, matchRoom, type RoomFields } from "../keyword-scan";
import { knownSourceIds } from "../known-source-ids";
import { mapConcurrent } from "../map-concurrent";
import { boundText } from "../sanitize";
import { emptySummary, type IncomingSignal, type SourceSummary } from "../types";

export type KeywordScanCursor = { from: number; lists: string };

export type KeywordScanOptions = {
  db: Db;
  serverName: string;
  cursor: KeywordScanCursor;
  /** Rooms read per pass. */
  maxRooms: number;
  pageSize: number;
  detailConcurrency: number;
  now?: () => Date;
};

type ScannedRoom = RoomFields & { roomId: string };

export async function runKeywordScan(
  synapse: Synapse,
  options: KeywordScanOptions,
): Promise<{ summary: SourceSummary; cursor: KeywordScanCursor }> {
  const summary = emptySummary();
  const lists = (await loadKeywordLists(options.db)).lists.filter((l) => l.enabled);
  const fingerprint = sha256(JSON.stringify(lists)).slice(0, 16);
  if (lists.length === 0) return { summary, cursor: { from: 0, lists: fingerprint } };
  const compiled = lists.map(compileKeywordList);
  let from = options.cursor.lists === fingerprint ? options.cursor.from : 0;
  for (let read = 0; read < options.maxRooms;) {
    const page = await listRooms(synapse, from, Math.min(options.pageSize, options.maxRooms - read));
    read += page.rooms.length;
    summary.fetched += page.rooms.length;
    const rooms = await mapConcurrent(page.rooms, options.detailConcurrency, async (row) => {
      try {
        return await withTopic(synapse, row);
      } catch (error) {
        // A room deleted mid-scan is simply gone; other failures are counted and the sweep goes on.
        if (!(isSynapseApiError(error) && error.status === 404)) summary.errors += 1;
        return null;
      }
    });
    const now = options.now?.() ?? new Date();
    const signals = rooms.flatMap((room) =>
      room ? matchRoom(room, compiled).map((m) => toSignal(room, m, now)) : [],
    );
    await store(options, signals, summary);
    if (page.next === undefined || page.rooms.length === 0) {
      from = 0;
      break;
    }
    from = page.next;
  }
  return { summary, cursor: { from, lists: fingerprint } };
}

async function store(
  options: KeywordScanOptions,
  signals: IncomingSignal[],
  summary: SourceSummary,
): Promise<void> {
  if (signals.length === 0) return;
  const known = await knownSourceIds(
    options.db,
    "KEYWORD_SCAN",
    signals.map((s) => s.sourceId),
  );
  summary.duplicates += known.size;
  const fresh = signals.filter((s) => !known.has(s.sourceId));
  if (fresh.length === 0) return;
  const result = await attachSignals(options.db, fresh, { serverName: options.serverName });
  summary.new += result.inserted.length;
  summary.duplicates += result.duplicates;
}

const ZRoomRow = z.looseObject({
  room_id: z.string().min(1),
  name: z.string().nullish(),
  topic: z.string().nullish(),
});
const ZRoomsPage = z.looseObject({ rooms: z.array(ZRoomRow), next_batch: z.number().int().optional() });
type RoomRow = z.infer<typeof ZRoomRow>;

async function listRooms(synapse: Synapse, from: number, limit: number) {
  // GET /_synapse/admin/v1/rooms?from=&limit= (offset paging; Synapse emits `next_batch`, not `next_token`)
  const page = await synapse.http.request({
    method: "GET",
    path: synapsePath`/_synapse/admin/v1/rooms`,
    query: { from, limit },
    outputSchema: ZRoomsPage,
  });
  const next = page.next_batch !== undefined && page.next_batch > from ? page.next_batch : undefined;
  return { rooms: page.rooms, next };
}

async function withTopic(synapse: Synapse, row: RoomRow): Promise<ScannedRoom> {
  if (typeof row.topic === "string") return { roomId: row.room_id, name: row.name ?? null, topic: row.topic };
  // GET /_synapse/admin/v1/rooms/<room_id>: the list rows have no topic.
  const details = await synapse.rooms.getRoom(row.room_id);
  return { roomId: row.room_id, name: details.name ?? row.name ?? null, topic: details.topic ?? null };
}

function toSignal(room: ScannedRoom, match: ListMatch, now: Date): IncomingSignal {
  const fingerprint = sha256(
    JSON.stringify({ terms: match.terms, fields: match.fields.map((f) => [f.field, f.text]) }),
  );
  return {
    source: "KEYWORD_SCAN",
    sourceId: `${room.roomId}|${match.list.id}|${fingerprint.slice(0, 32)}`,
    subject: { kind: "ROOM", key: room.roomId },
    reporterMxid: null,
    reason: boundText(matchReason(match)),
    score: null,
    harmIds: [match.list.harmId],
    occurredAt: now,
    raw: {
      kind: "keyword_scan",
      roomId: room.roomId,
      list: { id: match.list.id, name: match.list.name, harmId: match.list.harmId },
      terms: match.terms,
      // Per field: the text as Synapse returned it, the terms found, and their [start, end) UTF-16 spans in it.
      matches: match.fields,
      scannedAt: now.toISOString(),
    },
  };
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** The cursor stored in IntakeCursor, read defensively (an older or hand-edited row means "start over"). */
export function keywordScanCursor(cursor: unknown): KeywordScanCursor {
  const c = cursor && typeof cursor === "object" ? (cursor as Record<string, unknown>) : {};
  const from = typeof c.from === "number" && Number.isInteger(c.from) && c.from >= 0 ? c.from : 0;
  return { from, lists: typeof c.lists === "string" ? c.lists : "" };
}
