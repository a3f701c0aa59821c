/** Room admin responses (`synapse/rest/admin/rooms.py`, `events.py`, `docs/admin_api/rooms.md`). */
import { z } from "zod";

import { ZClientEvent, ZInt, ZStoredEvent } from "./common";

/** Nearly everything is nullable: Synapse LEFT JOINs the room stats tables. */
export const ZRoomDetails = z.looseObject({
  room_id: z.string(),
  name: z.string().nullish(),
  topic: z.string().nullish(),
  avatar: z.string().nullish(),
  canonical_alias: z.string().nullish(),
  joined_members: ZInt.nullish(),
  joined_local_members: ZInt.nullish(),
  version: z.string().nullish(),
  creator: z.string().nullish(),
  encryption: z.string().nullish(),
  federatable: z.boolean().nullish(),
  public: z.boolean().nullish(),
  join_rules: z.string().nullish(),
  history_visibility: z.string().nullish(),
  state_events: ZInt.nullish(),
  room_type: z.string().nullish(),
  forgotten: z.boolean().nullish(),
});
export type RoomDetails = z.infer<typeof ZRoomDetails>;

export const ZRoomMembers = z.looseObject({ members: z.array(z.string()), total: ZInt });

export const ZRoomState = z.looseObject({ state: z.array(ZClientEvent) });

export const ZRoomMessages = z.looseObject({
  chunk: z.array(ZClientEvent),
  start: z.string(),
  /** Absent at the end of the timeline. */
  end: z.string().optional(),
  state: z.array(ZClientEvent).optional(),
});
export type RoomMessages = z.infer<typeof ZRoomMessages>;

export const ZEventContext = z.looseObject({
  event: ZClientEvent,
  events_before: z.array(ZClientEvent),
  events_after: z.array(ZClientEvent),
  state: z.array(ZClientEvent).optional(),
  start: z.string().optional(),
  end: z.string().optional(),
});
export type EventContext = z.infer<typeof ZEventContext>;

export const ZFetchedEvent = z.looseObject({ event: ZStoredEvent.extend({ event_id: z.string() }) });

export const ZBlockStatus = z.looseObject({ block: z.boolean(), user_id: z.string().optional() });

export const ZDeleteStarted = z.looseObject({ delete_id: z.string() });

export const ZDeleteTask = z.looseObject({
  delete_id: z.string(),
  room_id: z.string(),
  status: z.enum(["scheduled", "active", "complete", "failed"]),
  /** null until the shutdown step has produced a result. */
  shutdown_room: z
    .looseObject({
      kicked_users: z.array(z.string()),
      failed_to_kick_users: z.array(z.string()),
      local_aliases: z.array(z.string()),
      new_room_id: z.string().nullable(),
    })
    .nullish(),
  error: z.string().optional(),
});
export type DeleteTask = z.infer<typeof ZDeleteTask>;

export const ZDeleteTasks = z.looseObject({ results: z.array(ZDeleteTask) });

export const ZDirectoryVisibility = z.looseObject({ visibility: z.enum(["public", "private"]) });
