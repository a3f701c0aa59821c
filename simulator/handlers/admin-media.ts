import { requireAdmin } from "../http/auth";
import type { Ctx } from "../http/context";
import { invalidParam, notFound, synapseError } from "../http/errors";
import { parseChoice, parseDirection, parseInteger } from "../http/params";
import { json, type Reply } from "../http/respond";
import type { JsonObject } from "../state/json";
import { parseMxc, type MediaItem } from "../state/media";
import type { SimState } from "../state/state";
import { parseUserId } from "./ids";
import { compareColumn } from "./sort";

/** A boolean column as the database driver returns it: 0/1 from SQLite. */
const dbBool = (ctx: Ctx, value: boolean): boolean | number =>
  ctx.rt.settings.database === "sqlite" ? Number(value) : value;

function mediaInfo(ctx: Ctx, m: MediaItem): JsonObject {
  const local = ctx.rt.state.media.isLocal(m);
  return {
    media_origin: local ? null : m.origin,
    user_id: local ? m.userId : null,
    media_id: m.mediaId,
    media_type: m.mediaType,
    media_length: m.mediaLength,
    upload_name: m.uploadName,
    created_ts: m.createdTs,
    filesystem_id: local ? null : m.mediaId,
    url_cache: null,
    last_access_ts: m.lastAccessTs,
    quarantined_by: m.quarantinedBy,
    authenticated: dbBool(ctx, m.authenticated),
    safe_from_quarantine: local ? dbBool(ctx, m.safeFromQuarantine) : null,
    sha256: m.sha256,
  };
}

/**
 * `attr.asdict(LocalMedia)`: the documented fields plus url_cache, user_id, authenticated, sha256. The store turns
 * `safe_from_quarantine` into a bool but not `authenticated` (0/1 on SQLite).
 */
function localMediaRow(m: MediaItem, ctx?: Ctx): JsonObject {
  return {
    media_id: m.mediaId,
    media_type: m.mediaType,
    media_length: m.mediaLength,
    upload_name: m.uploadName,
    created_ts: m.createdTs,
    url_cache: null,
    last_access_ts: m.lastAccessTs,
    quarantined_by: m.quarantinedBy,
    safe_from_quarantine: m.safeFromQuarantine,
    user_id: m.userId,
    authenticated: ctx ? dbBool(ctx, m.authenticated) : m.authenticated,
    sha256: m.sha256,
  };
}

// GET /_synapse/admin/v1/media/<server_name>/<media_id> (1.140+)
export function getMediaInfo(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const m = ctx.rt.state.media.get(ctx.params.server_name ?? "", ctx.params.media_id ?? "");
  if (!m) throw notFound("Unknown media");
  return json({ media_info: mediaInfo(ctx, m) });
}

// DELETE /_synapse/admin/v1/media/<server_name>/<media_id>
export function deleteMedia(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const server = ctx.params.server_name ?? "";
  const mediaId = ctx.params.media_id ?? "";
  if (server !== ctx.rt.state.serverName) throw synapseError(400, "Can only delete local media");
  if (!ctx.rt.state.media.delete(server, mediaId)) throw notFound("Unknown media");
  return json({ deleted_media: [mediaId], total: 1 });
}

// POST /_synapse/admin/v1/media/quarantine/<server_name>/<media_id>: unknown media is a silent no-op.
export function quarantineById(ctx: Ctx): Reply {
  const requester = requireAdmin(ctx);
  const m = ctx.rt.state.media.get(ctx.params.server_name ?? "", ctx.params.media_id ?? "");
  if (m) ctx.rt.state.media.quarantine([m], requester.userId);
  return json({});
}

// POST /_synapse/admin/v1/media/unquarantine/<server_name>/<media_id>
export function unquarantineById(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const m = ctx.rt.state.media.get(ctx.params.server_name ?? "", ctx.params.media_id ?? "");
  if (m) ctx.rt.state.media.unquarantine(m);
  return json({});
}

/** `get_media_mxcs_in_room`: `content.url` and `content.info.thumbnail_url` of unencrypted events, newest first. */
export function mediaInRoom(state: SimState, roomId: string): { local: string[]; remote: string[] } {
  const room = state.rooms.get(roomId);
  const local: string[] = [];
  const remote: string[] = [];
  for (const ev of [...(room?.timeline ?? [])].reverse()) {
    if (ev.type === "m.room.encrypted") continue;
    const info = ev.content.info;
    const thumb = info && typeof info === "object" && !Array.isArray(info) ? info.thumbnail_url : undefined;
    for (const uri of [ev.content.url, thumb]) {
      const mxc = parseMxc(uri);
      if (!mxc) continue;
      (mxc.origin === state.serverName ? local : remote).push(`mxc://${mxc.origin}/${mxc.mediaId}`);
    }
  }
  return { local, remote };
}

// POST /_synapse/admin/v1/room/<room_id>/media/quarantine (and legacy /quarantine_media/<room_id>)
export function quarantineRoomMedia(ctx: Ctx): Reply {
  const requester = requireAdmin(ctx);
  const state = ctx.rt.state;
  const { local, remote } = mediaInRoom(state, ctx.params.room_id ?? "");
  const items = [...local, ...remote]
    .map((uri) => parseMxc(uri))
    .map((p) => (p ? state.media.get(p.origin, p.mediaId) : undefined))
    .filter((m): m is MediaItem => m !== undefined);
  return json({ num_quarantined: state.media.quarantine(items, requester.userId) });
}

// POST /_synapse/admin/v1/user/<user_id>/media/quarantine
export function quarantineUserMedia(ctx: Ctx): Reply {
  const requester = requireAdmin(ctx);
  const state = ctx.rt.state;
  return json({
    num_quarantined: state.media.quarantine(state.media.byUser(ctx.params.user_id ?? ""), requester.userId),
  });
}

// GET /_synapse/admin/v1/media/quarantine_changes?from=<stream id>
export function quarantineChanges(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const media = ctx.rt.state.media;
  const from = parseInteger(ctx.query, "from", 0);
  if (from > media.maxStreamId) {
    throw invalidParam(
      "The `from` token is considered invalid because it includes stream positions greater than the furthest persisted position across all of the workers.This indicates either a Synapse programming error (as we should never hand out invalid future tokens) or a fabricated `from` token. If you've modified the token, you can try paginating from the beginning again.",
    );
  }
  const changes = media.changesAfter(from, 100);
  const last = changes[changes.length - 1];
  return json({
    next_batch: last ? last.streamId : media.maxStreamId,
    changes: changes.map((c) => ({
      origin: c.origin,
      media_id: c.mediaId,
      quarantined: dbBool(ctx, c.quarantined),
    })),
  });
}

// POST /_synapse/admin/v1/media/protect/<media_id> and /unprotect/<media_id> (local media only)
export function protectMedia(safe: boolean) {
  return (ctx: Ctx): Reply => {
    requireAdmin(ctx);
    const m = ctx.rt.state.media.get(ctx.rt.state.serverName, ctx.params.media_id ?? "");
    if (m) m.safeFromQuarantine = safe;
    return json({});
  };
}

// GET /_synapse/admin/v1/room/<room_id>/media: no pagination, no 404 for unknown rooms.
export function listRoomMedia(ctx: Ctx): Reply {
  requireAdmin(ctx);
  return json(mediaInRoom(ctx.rt.state, ctx.params.room_id ?? ""));
}

const MEDIA_ORDER = [
  "media_id",
  "upload_name",
  "created_ts",
  "last_access_ts",
  "media_length",
  "media_type",
  "quarantined_by",
  "safe_from_quarantine",
] as const;

function userMediaPage(ctx: Ctx): { items: MediaItem[]; total: number; from: number; limit: number } {
  requireAdmin(ctx);
  const state = ctx.rt.state;
  const userId = ctx.params.user_id ?? "";
  if (parseUserId(userId).domain !== state.serverName)
    throw synapseError(400, "Can only look up local users");
  if (!state.users.get(userId)) throw notFound("Unknown user");
  const from = parseInteger(ctx.query, "from", 0);
  const limit = parseInteger(ctx.query, "limit", 100);
  // With neither order_by nor dir the default is created_ts descending; with either, dir defaults to forwards.
  const explicit = ctx.query.has("order_by") || ctx.query.has("dir");
  const orderBy = explicit ? parseChoice(ctx.query, "order_by", MEDIA_ORDER, "created_ts") : "created_ts";
  const dir = explicit ? parseDirection(ctx.query, "f") : "b";
  const all = state.media.byUser(userId).sort((a, b) => {
    const cmp = compareColumn(localMediaRow(a)[orderBy], localMediaRow(b)[orderBy]);
    return (cmp || a.mediaId.localeCompare(b.mediaId)) * (dir === "b" ? -1 : 1);
  });
  return { items: all.slice(from, from + limit), total: all.length, from, limit };
}

// GET /_synapse/admin/v1/users/<user_id>/media
export function listUserMedia(ctx: Ctx): Reply {
  const { items, total, from, limit } = userMediaPage(ctx);
  const body: JsonObject = { media: items.map((m) => localMediaRow(m, ctx)), total };
  if (from + limit < total) body.next_token = from + items.length;
  return json(body);
}

// DELETE /_synapse/admin/v1/users/<user_id>/media
export function deleteUserMedia(ctx: Ctx): Reply {
  const { items } = userMediaPage(ctx);
  for (const m of items) ctx.rt.state.media.delete(m.origin, m.mediaId);
  return json({ deleted_media: items.map((m) => m.mediaId), total: items.length });
}
