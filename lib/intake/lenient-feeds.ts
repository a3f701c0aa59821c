/**
 * Report listings read leniently. The typed client (lib/synapse/reports.ts) rejects a whole page when one row has
 * an unexpected type, and Synapse returns the reporter's JSON as-is: `"reason": 42` or `"score": "-100"` is a real
 * row (the hostile scenario has them). Intake must never stall behind one such row, so here a page is an array of
 * unknown items, each checked for the few fields intake needs, and the rest kept verbatim for `Signal.raw`.
 * TODO(lead): fold into lib/synapse as `listEventReportsRaw`; kept here because intake owns only lib/intake.
 */
import { z } from "zod";

import { isSynapseApiError, synapsePath, type Synapse } from "@/lib/synapse";

const ZPaging = { next_token: z.number().int().optional(), total: z.number().int().optional() };
const ZRawEventReportPage = z.looseObject({ event_reports: z.array(z.unknown()), ...ZPaging });
const ZRawUserReportPage = z.looseObject({ user_reports: z.array(z.unknown()), ...ZPaging });

export type RawPage = { items: unknown[]; nextToken: number | undefined };

export const ZReportCore = z.looseObject({
  id: z.number().int().nonnegative(),
  received_ts: z.number().int(),
});

export const ZEventReportCore = ZReportCore.extend({
  event_id: z.string().min(1),
  room_id: z.string().min(1),
  user_id: z.string().min(1),
});
export const ZUserReportCore = ZReportCore.extend({
  target_user_id: z.string().min(1),
  user_id: z.string().min(1),
});

export async function listEventReportsRaw(synapse: Synapse, from: number, limit: number): Promise<RawPage> {
  // GET /_synapse/admin/v1/event_reports?from=&limit=&dir=b (newest first)
  const page = await synapse.http.request({
    method: "GET",
    path: synapsePath`/_synapse/admin/v1/event_reports`,
    query: { from, limit, dir: "b" },
    outputSchema: ZRawEventReportPage,
  });
  return { items: page.event_reports, nextToken: page.next_token };
}

export async function listUserReportsRaw(synapse: Synapse, from: number, limit: number): Promise<RawPage> {
  // GET /_synapse/admin/v1/user_reports?from=&limit=&dir=b (Synapse ≥ 1.152; 404 M_UNRECOGNIZED before)
  const page = await synapse.http.request({
    method: "GET",
    path: synapsePath`/_synapse/admin/v1/user_reports`,
    query: { from, limit, dir: "b" },
    outputSchema: ZRawUserReportPage,
  });
  return { items: page.user_reports, nextToken: page.next_token };
}

/**
 * GET /_synapse/admin/v1/event_reports/<id>: the row plus `event_json`, the unredacted stored event. Undefined
 * when the report or its event is gone (Synapse answers 404 for a purged event even though the report exists).
 */
export async function eventReportDetailRaw(
  synapse: Synapse,
  id: number,
): Promise<Record<string, unknown> | undefined> {
  try {
    return await synapse.http.request({
      method: "GET",
      path: synapsePath`/_synapse/admin/v1/event_reports/${id}`,
      outputSchema: z.looseObject({ id: z.number().int(), event_json: z.unknown() }),
    });
  } catch (error) {
    if (isSynapseApiError(error) && error.status === 404) return undefined;
    throw error;
  }
}

const ZRoomsPage = z.looseObject({
  rooms: z.array(z.looseObject({ room_id: z.string() })),
  next_batch: z.number().int().optional(),
});

/** GET /_synapse/admin/v1/rooms?from=&limit= (code emits `next_batch`, not the documented `next_token`). */
export async function listRoomIds(synapse: Synapse, maxRooms: number): Promise<string[]> {
  const ids: string[] = [];
  let from = 0;
  while (ids.length < maxRooms) {
    const page = await synapse.http.request({
      method: "GET",
      path: synapsePath`/_synapse/admin/v1/rooms`,
      query: { from, limit: Math.min(500, maxRooms - ids.length) },
      outputSchema: ZRoomsPage,
    });
    ids.push(...page.rooms.map((r) => r.room_id));
    if (page.next_batch === undefined || page.next_batch <= from || page.rooms.length === 0) break;
    from = page.next_batch;
  }
  return ids;
}
