import { requireUser } from "../http/auth";
import type { Ctx } from "../http/context";
import { badJson, notFound } from "../http/errors";
import { parseJsonObject, requireStrictField } from "../http/params";
import { json, type Reply } from "../http/respond";
import { readerView } from "../state/visibility";

// POST /_matrix/client/v3/rooms/<room_id>/report/<event_id>: stores the whole body; no rate limit, no dedupe.
export function reportEvent(ctx: Ctx): Reply {
  const requester = requireUser(ctx);
  const state = ctx.rt.state;
  const body = parseJsonObject(ctx.body);
  if (typeof (body.reason ?? "") !== "string") throw badJson("Param 'reason' must be a string");
  const score = body.score ?? 0;
  if (typeof score !== "number" || !Number.isInteger(score))
    throw badJson("Param 'score' must be an integer");
  const roomId = ctx.params.room_id ?? "";
  const eventId = ctx.params.event_id ?? "";
  const room = state.rooms.get(roomId);
  const ev = state.rooms.event(eventId);
  const view = room ? readerView(room, requester.userId) : undefined;
  if (!room || !ev || ev.roomId !== roomId || !view?.canRead || !view.visible(ev)) {
    throw notFound("Unable to report event: it does not exist or you aren't able to see it.");
  }
  state.eventReports.add({
    id: state.reportIds.event.take(),
    receivedTs: state.now(),
    roomId,
    eventId,
    userId: requester.userId,
    content: body,
  });
  return json({});
}

// POST /_matrix/client/v3/rooms/<room_id>/report (MSC4151; v3 only)
export function reportRoom(ctx: Ctx): Reply {
  const requester = requireUser(ctx);
  const state = ctx.rt.state;
  const body = parseJsonObject(ctx.body);
  requireStrictField(body, "reason", "string", "PostBody");
  const roomId = ctx.params.room_id ?? "";
  if (!state.rooms.get(roomId)) throw notFound("Room does not exist");
  state.roomReports.add({
    id: state.reportIds.room.take(),
    receivedTs: state.now(),
    roomId,
    userId: requester.userId,
    reason: typeof body.reason === "string" ? body.reason : "",
  });
  return json({});
}

// POST /_matrix/client/v3/users/<user_id>/report (MSC4260; v3 only): remote or unknown targets are silently dropped.
export function reportUser(ctx: Ctx): Reply {
  const requester = requireUser(ctx);
  const state = ctx.rt.state;
  const body = parseJsonObject(ctx.body);
  requireStrictField(body, "reason", "string", "PostBody");
  const reason = typeof body.reason === "string" ? body.reason : "";
  // Python's len() counts code points.
  if ([...reason].length > 1000) throw badJson("Reason must be less than 1000 characters");
  const target = ctx.params.target_user_id ?? "";
  if (state.users.isLocal(target) && state.users.get(target)) {
    state.userReports.add({
      id: state.reportIds.user.take(),
      receivedTs: state.now(),
      targetUserId: target,
      userId: requester.userId,
      reason,
    });
  }
  return json({});
}
