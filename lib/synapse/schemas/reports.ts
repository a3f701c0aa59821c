/** Event, user and (proposed) room report responses (`synapse/rest/admin/{event,user,room}_reports.py`). */
import { z } from "zod";

import { ZInt, ZStoredEvent } from "./common";

export const ZEventReport = z.looseObject({
  id: ZInt,
  received_ts: ZInt,
  room_id: z.string(),
  event_id: z.string(),
  /** The reporter. */
  user_id: z.string(),
  reason: z.string().nullable(),
  score: ZInt.nullish(),
  /** Sender of the reported event; null once the event row is gone. */
  sender: z.string().nullable(),
  name: z.string().nullish(),
  canonical_alias: z.string().nullish(),
});
export type EventReport = z.infer<typeof ZEventReport>;

export const ZEventReportPage = z.looseObject({
  event_reports: z.array(ZEventReport),
  /** Offset of the next page; present only while `from + limit < total`. */
  next_token: ZInt.optional(),
  total: ZInt,
});
export type EventReportPage = z.infer<typeof ZEventReportPage>;

export const ZEventReportDetail = ZEventReport.extend({ event_json: ZStoredEvent });
export type EventReportDetail = z.infer<typeof ZEventReportDetail>;

export const ZUserReport = z.looseObject({
  id: ZInt,
  received_ts: ZInt,
  target_user_id: z.string(),
  user_id: z.string(),
  reason: z.string(),
});
export type UserReport = z.infer<typeof ZUserReport>;

export const ZUserReportPage = z.looseObject({
  user_reports: z.array(ZUserReport),
  next_token: ZInt.optional(),
  total: ZInt,
});
export type UserReportPage = z.infer<typeof ZUserReportPage>;

/** As proposed in element-hq/synapse#19648 (unmerged): keyset pagination, newest id first, no total. */
export const ZRoomReport = z.looseObject({
  id: ZInt,
  received_ts: ZInt,
  room_id: z.string(),
  user_id: z.string(),
  reason: z.string(),
  name: z.string().nullish(),
  canonical_alias: z.string().nullish(),
  topic: z.string().nullish(),
});
export type RoomReport = z.infer<typeof ZRoomReport>;

export const ZRoomReportPage = z.looseObject({
  room_reports: z.array(ZRoomReport),
  /** The last id of this page; pass it as `from` (exclusive). Present only when more rows exist. */
  next_batch: ZInt.optional(),
});
export type RoomReportPage = z.infer<typeof ZRoomReportPage>;
