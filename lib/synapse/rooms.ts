/**
 * Rooms: context for a reported room or event, and the room-level actions (block, delete, unpublish). The admin
 * `messages`/`context` views skip visibility checks and include soft-failed (policy-server "spammy") events with
 * their `unsigned` flags; they show redacted events with empty content, whereas `fetch_event` returns the original.
 */
import type { SynapseClient } from "./client";
import { paginateTokens } from "./pagination";
import { synapsePath } from "./path";
import {
  ZBlockStatus,
  ZDeleteStarted,
  ZDeleteTask,
  ZDeleteTasks,
  ZDirectoryVisibility,
  ZEmpty,
  ZEventContext,
  ZFetchedEvent,
  ZRoomDetails,
  ZRoomMembers,
  ZRoomMessages,
  ZRoomState,
  type ClientEvent,
} from "./schemas";

export interface MessagesQuery {
  /** Stream token; omitted = start of the room for `dir=f`, the newest event for `dir=b`. */
  from?: string;
  to?: string;
  /** Synapse's default 10, capped at 1000. */
  limit?: number;
  dir?: "f" | "b";
  /** A RoomEventFilter, e.g. `{ types: ["m.room.message"] }`. */
  filter?: Record<string, unknown>;
}

export interface DeleteRoomOptions {
  /** Local user who creates the replacement room the members are moved to. */
  newRoomUserId?: string;
  roomName?: string;
  message?: string;
  /** Prevent anyone joining this room id again. Synapse's default: false. */
  block?: boolean;
  /** Remove the room's history from the database. Synapse's default: true. */
  purge?: boolean;
  forcePurge?: boolean;
}

export function createRoomsApi(client: SynapseClient) {
  const getMessages = (roomId: string, query: MessagesQuery = {}) =>
    // GET /_synapse/admin/v1/rooms/<room_id>/messages?from=&to=&limit=&dir=&filter=
    client.request({
      method: "GET",
      path: synapsePath`/_synapse/admin/v1/rooms/${roomId}/messages`,
      query: {
        from: query.from,
        to: query.to,
        limit: query.limit,
        dir: query.dir,
        filter: query.filter ? JSON.stringify(query.filter) : undefined,
      },
      outputSchema: ZRoomMessages,
    });

  return {
    // GET /_synapse/admin/v1/rooms/<room_id>
    getRoom: (roomId: string) =>
      client.request({
        method: "GET",
        path: synapsePath`/_synapse/admin/v1/rooms/${roomId}`,
        outputSchema: ZRoomDetails,
      }),

    // GET /_synapse/admin/v1/rooms/<room_id>/members: joined users only.
    getMembers: (roomId: string) =>
      client.request({
        method: "GET",
        path: synapsePath`/_synapse/admin/v1/rooms/${roomId}/members`,
        outputSchema: ZRoomMembers,
      }),

    // GET /_synapse/admin/v1/rooms/<room_id>/state[?type=]
    getState: async (roomId: string, options: { type?: string } = {}): Promise<ClientEvent[]> =>
      (
        await client.request({
          method: "GET",
          path: synapsePath`/_synapse/admin/v1/rooms/${roomId}/state`,
          query: { type: options.type },
          outputSchema: ZRoomState,
        })
      ).state,

    getMessages,

    /** Every event from `from` in direction `dir`, following `end` tokens until the timeline runs out. */
    messages(
      roomId: string,
      query: Omit<MessagesQuery, "from"> & { from?: string; maxPages?: number } = {},
    ): AsyncGenerator<ClientEvent> {
      return paginateTokens<ClientEvent, string>(
        async (from) => {
          const page = await getMessages(roomId, { ...query, from });
          return { items: page.chunk, next: page.end };
        },
        {
          start: query.from,
          maxPages: query.maxPages ?? 1_000,
          path: `/_synapse/admin/v1/rooms/${roomId}/messages`,
        },
      );
    },

    // GET /_synapse/admin/v1/rooms/<room_id>/context/<event_id>?limit=&filter=: events around a reported one.
    getEventContext: (
      roomId: string,
      eventId: string,
      options: { limit?: number; filter?: Record<string, unknown> } = {},
    ) =>
      client.request({
        method: "GET",
        path: synapsePath`/_synapse/admin/v1/rooms/${roomId}/context/${eventId}`,
        query: { limit: options.limit, filter: options.filter ? JSON.stringify(options.filter) : undefined },
        outputSchema: ZEventContext,
      }),

    // GET /_synapse/admin/v1/fetch_event/<event_id> (≥ 1.140): the stored event, unredacted within retention.
    fetchEvent: async (eventId: string) =>
      (
        await client.request({
          method: "GET",
          path: synapsePath`/_synapse/admin/v1/fetch_event/${eventId}`,
          outputSchema: ZFetchedEvent,
        })
      ).event,

    // GET /_synapse/admin/v1/rooms/<room_id>/block
    getBlockStatus: (roomId: string) =>
      client.request({
        method: "GET",
        path: synapsePath`/_synapse/admin/v1/rooms/${roomId}/block`,
        outputSchema: ZBlockStatus,
      }),

    // PUT /_synapse/admin/v1/rooms/<room_id>/block with body `{ block }`: works for rooms this server never saw.
    setBlocked: async (roomId: string, block: boolean): Promise<boolean> =>
      (
        await client.request({
          method: "PUT",
          path: synapsePath`/_synapse/admin/v1/rooms/${roomId}/block`,
          body: { block },
          idempotent: true,
          outputSchema: ZBlockStatus,
        })
      ).block,

    // DELETE /_synapse/admin/v2/rooms/<room_id>: asynchronous, returns `delete_id`. Not retried: a repeat while the
    // first runs answers 400 "Purge already in progress".
    deleteRoom: async (roomId: string, options: DeleteRoomOptions = {}): Promise<string> =>
      (
        await client.request({
          method: "DELETE",
          path: synapsePath`/_synapse/admin/v2/rooms/${roomId}`,
          body: {
            new_room_user_id: options.newRoomUserId,
            room_name: options.roomName,
            message: options.message,
            block: options.block,
            purge: options.purge,
            force_purge: options.forcePurge,
          },
          idempotent: false,
          outputSchema: ZDeleteStarted,
        })
      ).delete_id,

    // GET /_synapse/admin/v2/rooms/delete_status/<delete_id>: sees the task from `scheduled` on.
    getDeleteStatus: (deleteId: string) =>
      client.request({
        method: "GET",
        path: synapsePath`/_synapse/admin/v2/rooms/delete_status/${deleteId}`,
        outputSchema: ZDeleteTask,
      }),

    // GET /_synapse/admin/v2/rooms/<room_id>/delete_status: lists active/complete/failed tasks only (not scheduled).
    getRoomDeleteStatuses: async (roomId: string) =>
      (
        await client.request({
          method: "GET",
          path: synapsePath`/_synapse/admin/v2/rooms/${roomId}/delete_status`,
          outputSchema: ZDeleteTasks,
        })
      ).results,

    // GET /_matrix/client/v3/directory/list/room/<room_id>: published in the public room directory?
    getDirectoryVisibility: async (roomId: string) =>
      (
        await client.request({
          method: "GET",
          path: synapsePath`/_matrix/client/v3/directory/list/room/${roomId}`,
          outputSchema: ZDirectoryVisibility,
        })
      ).visibility,

    // PUT /_matrix/client/v3/directory/list/room/<room_id> with `{ visibility }`: a server admin may change any room.
    setDirectoryVisibility: async (roomId: string, visibility: "public" | "private"): Promise<void> => {
      await client.request({
        method: "PUT",
        path: synapsePath`/_matrix/client/v3/directory/list/room/${roomId}`,
        body: { visibility },
        idempotent: true,
        outputSchema: ZEmpty,
      });
    },
  };
}

export type RoomsApi = ReturnType<typeof createRoomsApi>;
