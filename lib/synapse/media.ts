/**
 * Media: inspect, fetch bytes for the blurred preview, quarantine, protect, delete.
 *
 * Bytes come through authenticated media (`/_matrix/client/v1/media/...`), always with a byte limit, because a
 * reported file can be huge and the console re-encodes it server-side before anyone sees it. Quarantined media is
 * readable only with the admin bypass flag, and only on `download`: thumbnails of quarantined media are always 404.
 * Quarantine by id also hits every file with the same sha256, and protected media is skipped by every quarantine.
 */
import type { SynapseClient } from "./client";
import { paginateTokens } from "./pagination";
import { synapsePath } from "./path";
import {
  ZDeletedMedia,
  ZEmpty,
  ZMediaInfo,
  ZQuarantineChangePage,
  ZQuarantineCount,
  ZRoomMedia,
  type QuarantineChange,
} from "./schemas";

export const DEFAULT_MEDIA_MAX_BYTES = 25 * 1024 * 1024;

export interface DownloadOptions {
  maxBytes?: number;
  /** `admin_unsafely_bypass_quarantine=true` (Synapse ≥ 1.145); a non-admin token gets 400 with it. */
  bypassQuarantine?: boolean;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface ThumbnailOptions extends Omit<DownloadOptions, "bypassQuarantine"> {
  width: number;
  height: number;
  method?: "scale" | "crop";
}

export function createMediaApi(client: SynapseClient) {
  const setFlag = async (path: ReturnType<typeof synapsePath>) => {
    // Flag changes are idempotent; Synapse answers `{}` even for unknown media (no 404), so check info first
    // when the caller needs to know the file exists.
    await client.request({ method: "POST", path, body: {}, idempotent: true, outputSchema: ZEmpty });
  };

  // GET /_synapse/admin/v1/media/quarantine_changes?from=  (≥ 1.152): oldest first, at most 100 per page. Store
  // `next_batch` as the intake cursor.
  const listQuarantineChanges = (from?: number) =>
    client.request({
      method: "GET",
      path: synapsePath`/_synapse/admin/v1/media/quarantine_changes`,
      query: { from },
      outputSchema: ZQuarantineChangePage,
    });

  return {
    // GET /_synapse/admin/v1/media/<server_name>/<media_id> (≥ 1.140): uploader, type, size, sha256, quarantine state.
    getMediaInfo: async (serverName: string, mediaId: string) =>
      (
        await client.request({
          method: "GET",
          path: synapsePath`/_synapse/admin/v1/media/${serverName}/${mediaId}`,
          outputSchema: ZMediaInfo,
        })
      ).media_info,

    // GET /_matrix/client/v1/media/download/<server_name>/<media_id>[?admin_unsafely_bypass_quarantine=true]
    download: (serverName: string, mediaId: string, options: DownloadOptions = {}) =>
      client.requestBytes({
        method: "GET",
        path: synapsePath`/_matrix/client/v1/media/download/${serverName}/${mediaId}`,
        query: { admin_unsafely_bypass_quarantine: options.bypassQuarantine ? "true" : undefined },
        maxBytes: options.maxBytes ?? DEFAULT_MEDIA_MAX_BYTES,
        timeoutMs: options.timeoutMs,
        signal: options.signal,
      }),

    // GET /_matrix/client/v1/media/thumbnail/<server_name>/<media_id>?width=&height=&method=  (no quarantine bypass)
    thumbnail: (serverName: string, mediaId: string, options: ThumbnailOptions) =>
      client.requestBytes({
        method: "GET",
        path: synapsePath`/_matrix/client/v1/media/thumbnail/${serverName}/${mediaId}`,
        query: { width: options.width, height: options.height, method: options.method ?? "scale" },
        maxBytes: options.maxBytes ?? DEFAULT_MEDIA_MAX_BYTES,
        timeoutMs: options.timeoutMs,
        signal: options.signal,
      }),

    // POST /_synapse/admin/v1/media/quarantine/<server_name>/<media_id>
    quarantine: (serverName: string, mediaId: string) =>
      setFlag(synapsePath`/_synapse/admin/v1/media/quarantine/${serverName}/${mediaId}`),

    // POST /_synapse/admin/v1/media/unquarantine/<server_name>/<media_id>
    unquarantine: (serverName: string, mediaId: string) =>
      setFlag(synapsePath`/_synapse/admin/v1/media/unquarantine/${serverName}/${mediaId}`),

    // POST /_synapse/admin/v1/room/<room_id>/media/quarantine: every unencrypted media referenced in the room.
    quarantineRoomMedia: async (roomId: string): Promise<number> =>
      (
        await client.request({
          method: "POST",
          path: synapsePath`/_synapse/admin/v1/room/${roomId}/media/quarantine`,
          idempotent: true,
          outputSchema: ZQuarantineCount,
        })
      ).num_quarantined,

    // POST /_synapse/admin/v1/user/<user_id>/media/quarantine: all local media the user uploaded.
    quarantineUserMedia: async (userId: string): Promise<number> =>
      (
        await client.request({
          method: "POST",
          path: synapsePath`/_synapse/admin/v1/user/${userId}/media/quarantine`,
          idempotent: true,
          outputSchema: ZQuarantineCount,
        })
      ).num_quarantined,

    // POST /_synapse/admin/v1/media/protect/<media_id> (local media only; exempts it from every quarantine)
    protect: (mediaId: string) => setFlag(synapsePath`/_synapse/admin/v1/media/protect/${mediaId}`),

    // POST /_synapse/admin/v1/media/unprotect/<media_id>
    unprotect: (mediaId: string) => setFlag(synapsePath`/_synapse/admin/v1/media/unprotect/${mediaId}`),

    // DELETE /_synapse/admin/v1/media/<server_name>/<media_id> (local media only). Not retried: a repeat is a 404.
    deleteMedia: (serverName: string, mediaId: string) =>
      client.request({
        method: "DELETE",
        path: synapsePath`/_synapse/admin/v1/media/${serverName}/${mediaId}`,
        outputSchema: ZDeletedMedia,
      }),

    // GET /_synapse/admin/v1/room/<room_id>/media: mxc URIs referenced in the room (unencrypted events only).
    listRoomMedia: (roomId: string) =>
      client.request({
        method: "GET",
        path: synapsePath`/_synapse/admin/v1/room/${roomId}/media`,
        outputSchema: ZRoomMedia,
      }),

    listQuarantineChanges,

    /** All quarantine changes after stream position `from`; ends when a page comes back empty. */
    quarantineChanges(options: { from?: number; maxPages?: number } = {}): AsyncGenerator<QuarantineChange> {
      return paginateTokens<QuarantineChange, number>(
        async (from) => {
          const page = await listQuarantineChanges(from);
          return { items: page.changes, next: page.next_batch };
        },
        {
          start: options.from,
          maxPages: options.maxPages,
          path: "/_synapse/admin/v1/media/quarantine_changes",
        },
      );
    },
  };
}

export type MediaApi = ReturnType<typeof createMediaApi>;
