import { requireAdmin } from "../http/auth";
import type { Ctx } from "../http/context";
import { invalidParam, notFound } from "../http/errors";
import { parseBoolean, parseChoice, parseDirection, parseInteger, parseJsonQuery } from "../http/params";
import { json, type Reply } from "../http/respond";
import type { JsonObject } from "../state/json";
import { joinedMembers, stateEvent } from "../state/rooms";
import { contextAround, eventFilter, paginate, TOKEN_TAIL } from "../state/timeline";
import type { StoredEvent } from "../state/events";
import { serializeEvent } from "../state/serialize";
import { adminEvent, roomStats } from "./room-view";
import { compareColumn } from "./sort";

function roomOr404(ctx: Ctx) {
  const room = ctx.rt.state.rooms.get(ctx.params.room_id ?? "");
  if (!room) throw notFound("Room not found");
  return room;
}

// GET /_synapse/admin/v1/rooms/<room_id>
export function getRoom(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const room = roomOr404(ctx);
  const state = ctx.rt.state;
  const tombstone = stateEvent(room, "m.room.tombstone");
  const replacement = tombstone?.content.replacement_room;
  const devices = new Set(
    joinedMembers(room).flatMap((u) => state.users.sessionsOf(u).map((s) => `${u}|${s.deviceId}`)),
  );
  return json({
    ...roomStats(state, room),
    joined_local_devices: devices.size,
    forgotten: false,
    tombstoned: tombstone !== undefined,
    replacement_room: typeof replacement === "string" ? replacement : null,
  });
}

/** List rows are `LargestRoomStats` plus a few columns: no avatar, no topic. */
function roomListRow(stats: JsonObject): JsonObject {
  const { avatar: _avatar, topic: _topic, ...row } = stats;
  return row;
}

// GET /_synapse/admin/v1/rooms (offset pagination with `next_batch`/`prev_batch`, not `next_token`)
export function listRooms(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const q = ctx.query;
  const from = parseInteger(q, "from", 0);
  const limit = parseInteger(q, "limit", 100);
  const orderBy = parseChoice(
    q,
    "order_by",
    [
      "alphabetical",
      "size",
      "name",
      "canonical_alias",
      "joined_members",
      "joined_local_members",
      "version",
      "creator",
      "encryption",
      "federatable",
      "public",
      "join_rules",
      "guest_access",
      "history_visibility",
      "state_events",
    ] as const,
    "name",
  );
  const search = q.get("search_term");
  if (search === "") throw invalidParam("search_term cannot be an empty string");
  const publicRooms = parseBoolean(q, "public_rooms");
  const emptyRooms = parseBoolean(q, "empty_rooms");
  const dir = parseDirection(q, "f");
  const column = orderBy === "alphabetical" ? "name" : orderBy === "size" ? "joined_members" : orderBy;
  const rows = ctx.rt.state.rooms
    .all()
    .map((r) => roomListRow(roomStats(ctx.rt.state, r)))
    .filter(
      (r) =>
        !search ||
        [r.name, r.canonical_alias, r.room_id].some(
          (v) => typeof v === "string" && v.toLowerCase().includes(search.toLowerCase()),
        ),
    )
    .filter((r) => publicRooms === undefined || r.public === publicRooms)
    .filter((r) => emptyRooms === undefined || (r.joined_members === 0) === emptyRooms)
    .sort((a, b) => {
      // joined_members / state_events sort largest first, like Synapse's "size" ordering.
      const numeric = typeof a[column] === "number";
      const cmp = numeric ? compareColumn(b[column], a[column]) : compareColumn(a[column], b[column]);
      return (cmp || compareColumn(a.room_id, b.room_id)) * (dir === "b" ? -1 : 1);
    });
  const body: JsonObject = { offset: from, rooms: rows.slice(from, from + limit), total_rooms: rows.length };
  if (from + limit < rows.length) body.next_batch = from + limit;
  if (from > 0) body.prev_batch = from > limit ? from - limit : 0;
  return json(body);
}

// GET /_synapse/admin/v1/rooms/<room_id>/members
export function roomMembers(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const members = joinedMembers(roomOr404(ctx));
  return json({ members, total: members.length });
}

// GET /_synapse/admin/v1/rooms/<room_id>/state[?type=]
export function roomState(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const room = roomOr404(ctx);
  const type = ctx.query.get("type");
  const events = [...room.state.values()].filter((e) => !type || e.type === type);
  return json({ state: events.map((e) => adminEvent(ctx.rt.state, e)) });
}

// GET /_synapse/admin/v1/rooms/<room_id>/messages: no membership check, soft-failed events included and flagged.
export function roomMessages(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const state = ctx.rt.state;
  const room = state.rooms.get(ctx.params.room_id ?? "");
  const dir = parseDirection(ctx.query, "f");
  const limit = Math.min(parseInteger(ctx.query, "limit", 10), 1000);
  const filterJson = parseJsonQuery(ctx.query, "filter");
  const matches = eventFilter(filterJson);
  const raw = ctx.query.has("raw") || filterJson?.event_format === "federation";
  if (!room) return json({ chunk: [], start: `s${state.rooms.currentStream}${TOKEN_TAIL}` });
  const page = paginate(room, {
    from: ctx.query.get("from"),
    to: ctx.query.get("to"),
    dir,
    limit,
    visible: matches,
  });
  const body: JsonObject = {
    chunk: page.events.map((e) => adminEvent(state, e, raw ? "raw" : "v1")),
    start: page.start,
  };
  if (page.end !== undefined) body.end = page.end;
  return json(body);
}

// GET /_synapse/admin/v1/rooms/<room_id>/context/<event_id>
export function roomContext(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const state = ctx.rt.state;
  const limit = parseInteger(ctx.query, "limit", 10);
  const matches = eventFilter(parseJsonQuery(ctx.query, "filter"));
  const room = state.rooms.get(ctx.params.room_id ?? "");
  const found = room ? contextAround(room, ctx.params.event_id ?? "", limit, matches) : undefined;
  if (!room || !found) throw notFound("Event not found.");
  return json({
    events_before: found.before.map((e) => adminEvent(state, e)),
    event: adminEvent(state, found.event),
    events_after: found.after.map((e) => adminEvent(state, e)),
    state: [...room.state.values()].map((e) => adminEvent(state, e)),
    start: found.start,
    end: found.end,
  });
}

// GET /_synapse/admin/v1/fetch_event/<event_id>: raw format, unredacted original, admin flags.
export function fetchEvent(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const state = ctx.rt.state;
  const ev = state.eventById(ctx.params.event_id ?? "");
  if (!ev) throw notFound("Event not found");
  return json({ event: adminEventAsIs(ctx, ev) });
}

function adminEventAsIs(ctx: Ctx, ev: StoredEvent): JsonObject {
  return serializeEvent(ev, {
    format: "raw",
    asIs: true,
    now: ctx.rt.state.now(),
    adminMetadata: true,
    lookup: (id) => ctx.rt.state.eventById(id),
  });
}
