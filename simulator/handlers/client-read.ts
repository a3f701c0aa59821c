import { requireUser, type Requester } from "../http/auth";
import type { Ctx } from "../http/context";
import { forbidden, notFound } from "../http/errors";
import { parseDirection, parseInteger, parseJsonQuery } from "../http/params";
import { json, type Reply } from "../http/respond";
import type { StoredEvent } from "../state/events";
import type { JsonObject } from "../state/json";
import { membership, type Room } from "../state/rooms";
import { serializeEvent, type EventFormat } from "../state/serialize";
import { eventFilter, paginate } from "../state/timeline";
import { readerView, type ReaderView } from "../state/visibility";

export function clientEvent(
  ctx: Ctx,
  requester: Requester,
  view: ReaderView,
  ev: StoredEvent,
  format: EventFormat = "v1",
): JsonObject {
  const state = ctx.rt.state;
  return serializeEvent(ev, {
    format,
    now: state.now(),
    adminMetadata: requester.isAdmin,
    membership: view.membershipAt(ev),
    requester: { userId: requester.userId, deviceId: requester.session.deviceId },
    lookup: (id) => state.eventById(id),
  });
}

/** `check_user_in_room_or_world_readable(allow_departed_users=True)`. */
function readableRoom(ctx: Ctx, requester: Requester): { room: Room; view: ReaderView } {
  const roomId = ctx.params.room_id ?? "";
  const room = ctx.rt.state.rooms.get(roomId);
  const view = room ? readerView(room, requester.userId) : undefined;
  if (!room || !view?.canRead)
    throw forbidden(`User ${requester.userId} not in room ${roomId}, and room previews are disabled`);
  return { room, view };
}

// GET /_matrix/client/v3/rooms/<room_id>/messages
export function roomMessages(ctx: Ctx): Reply {
  const requester = requireUser(ctx);
  const dir = parseDirection(ctx.query, "f");
  const limit = Math.min(parseInteger(ctx.query, "limit", 10), 1000);
  const matches = eventFilter(parseJsonQuery(ctx.query, "filter"));
  const { room, view } = readableRoom(ctx, requester);
  const page = paginate(room, {
    from: ctx.query.get("from"),
    to: ctx.query.get("to"),
    dir,
    limit,
    visible: (ev) => view.visible(ev) && matches(ev),
  });
  const body: JsonObject = {
    chunk: page.events.map((ev) => clientEvent(ctx, requester, view, ev)),
    start: page.start,
  };
  if (page.end !== undefined) body.end = page.end;
  return json(body);
}

// GET /_matrix/client/v3/rooms/<room_id>/event/<event_id>: 404 when the requester may not see it.
export function roomEvent(ctx: Ctx): Reply {
  const requester = requireUser(ctx);
  const room = ctx.rt.state.rooms.get(ctx.params.room_id ?? "");
  const ev = ctx.rt.state.rooms.event(ctx.params.event_id ?? "");
  if (!room || !ev || ev.roomId !== room.roomId) throw notFound("Event not found.");
  const view = readerView(room, requester.userId);
  if (!view.canRead || !view.visible(ev)) throw notFound("Event not found.");
  return json(clientEvent(ctx, requester, view, ev));
}

// GET /_matrix/client/v3/rooms/<room_id>/state
export function roomStateClient(ctx: Ctx): Reply {
  const requester = requireUser(ctx);
  const { room } = readableRoom(ctx, requester);
  const state = ctx.rt.state;
  return json(
    [...room.state.values()].map((ev) =>
      serializeEvent(ev, {
        format: "v1",
        now: state.now(),
        adminMetadata: requester.isAdmin,
        lookup: (id) => state.eventById(id),
      }),
    ),
  );
}

// GET /_matrix/client/v3/joined_rooms
export function joinedRoomsClient(ctx: Ctx): Reply {
  const requester = requireUser(ctx);
  return json({
    joined_rooms: ctx.rt.state.rooms
      .all()
      .filter((r) => membership(r, requester.userId) === "join")
      .map((r) => r.roomId),
  });
}

// GET /_matrix/client/v3/user/<user_id>/rooms/<room_id>/tags: the server-notices room carries `m.server_notice`.
export function roomTags(ctx: Ctx): Reply {
  const requester = requireUser(ctx);
  if (ctx.params.user_id !== requester.userId) throw forbidden("Cannot get tags for other users.");
  const room = ctx.rt.state.rooms.get(ctx.params.room_id ?? "");
  return json({ tags: room && room.noticesFor === requester.userId ? { "m.server_notice": {} } : {} });
}
