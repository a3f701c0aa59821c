import { requireAdmin } from "../http/auth";
import type { Ctx } from "../http/context";
import { badJson, notFound, synapseError } from "../http/errors";
import { assertParams, parseJsonObject } from "../http/params";
import { json, type Reply } from "../http/respond";
import type { Task } from "../state/jobs";
import type { JsonObject } from "../state/json";
import { createEvent, setMembership } from "../state/room-actions";
import { membership, stateEvent, stringState, type Room } from "../state/rooms";
import { shutdownAndPurge, type ShutdownParams } from "../state/room-shutdown";
import type { SimState } from "../state/state";
import { isValidRoomId, parseUserId } from "./ids";

/** Room-level admin actions: block, delete (v1 synchronous, v2 asynchronous), make_room_admin, force-join. */

// GET|PUT /_synapse/admin/v1/rooms/<room_id>/block
export function getBlock(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const roomId = ctx.params.room_id ?? "";
  if (!isValidRoomId(roomId)) throw synapseError(400, `${roomId} is not a legal room ID`);
  const by = ctx.rt.state.rooms.blockedBy(roomId);
  return json(by !== undefined ? { block: true, user_id: by } : { block: false });
}

export function putBlock(ctx: Ctx): Reply {
  const requester = requireAdmin(ctx);
  const body = parseJsonObject(ctx.body);
  const roomId = ctx.params.room_id ?? "";
  if (!isValidRoomId(roomId)) throw synapseError(400, `${roomId} is not a legal room ID`);
  assertParams(body, ["block"]);
  if (typeof body.block !== "boolean") throw badJson("Param 'block' must be a boolean.");
  if (body.block) ctx.rt.state.rooms.block(roomId, requester.userId);
  else ctx.rt.state.rooms.unblock(roomId);
  return json({ block: body.block });
}

function boolOr(body: JsonObject, key: string, fallback: boolean): boolean {
  const v = body[key] ?? fallback;
  if (typeof v !== "boolean") throw badJson(`Param '${key}' must be a boolean, if given`);
  return v;
}

// DELETE /_synapse/admin/v2/rooms/<room_id>: asynchronous shutdown + purge, polled by delete_id.
export function deleteRoomV2(ctx: Ctx): Reply {
  const requester = requireAdmin(ctx);
  const state = ctx.rt.state;
  const params = shutdownParams(ctx, requester.userId);
  const roomId = ctx.params.room_id ?? "";
  if (!isValidRoomId(roomId)) throw synapseError(400, `${roomId} is not a legal room ID`);
  if (state.jobs.find("shutdown_and_purge_room", roomId, ["active"]).length > 0) {
    throw synapseError(400, `Purge already in progress for ${roomId}`);
  }
  const task = state.jobs.start(
    { id: state.ids.taskId(), action: "shutdown_and_purge_room", resourceId: roomId, createdTs: state.now() },
    () => ({ result: shutdownAndPurge(state, roomId, params) }),
  );
  return json({ delete_id: task.id });
}

/** `_convert_delete_task_to_response`: no `error` field, `shutdown_room` null until the shutdown produced a result. */
const deleteTaskView = (t: Task): JsonObject => ({
  delete_id: t.id,
  room_id: t.resourceId,
  status: t.status,
  shutdown_room: t.result,
});

// GET /_synapse/admin/v2/rooms/<room_id>/delete_status
export function deleteStatusByRoom(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const roomId = ctx.params.room_id ?? "";
  if (!isValidRoomId(roomId)) throw synapseError(400, `${roomId} is not a legal room ID`);
  const tasks = ctx.rt.state.jobs.find("shutdown_and_purge_room", roomId, ["active", "complete", "failed"]);
  if (tasks.length === 0) throw notFound(`No delete task for room_id '${roomId}' found`);
  return json({ results: tasks.map(deleteTaskView) });
}

// GET /_synapse/admin/v2/rooms/delete_status/<delete_id>
export function deleteStatusById(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const id = ctx.params.delete_id ?? "";
  const task = ctx.rt.state.jobs.get(id);
  if (!task || task.action !== "shutdown_and_purge_room") throw notFound(`delete id '${id}' not found`);
  return json(deleteTaskView(task));
}

/** The shutdown parameters both delete versions read from the body, with Synapse's type checks. */
function shutdownParams(ctx: Ctx, requesterUserId: string): ShutdownParams {
  const body = parseJsonObject(ctx.body);
  const block = boolOr(body, "block", false);
  const purge = boolOr(body, "purge", true);
  boolOr(body, "force_purge", false);
  const newRoomUserId = typeof body.new_room_user_id === "string" ? body.new_room_user_id : null;
  if (newRoomUserId !== null && !ctx.rt.state.users.isLocal(newRoomUserId))
    throw synapseError(400, `User must be our own: ${newRoomUserId}`);
  return {
    requesterUserId,
    newRoomUserId,
    newRoomName: typeof body.room_name === "string" ? body.room_name : null,
    message: typeof body.message === "string" ? body.message : null,
    block,
    purge,
  };
}

// DELETE /_synapse/admin/v1/rooms/<room_id>: the synchronous variant; answers the shutdown result directly.
export function deleteRoomV1(ctx: Ctx): Reply {
  const requester = requireAdmin(ctx);
  const roomId = ctx.params.room_id ?? "";
  const params = shutdownParams(ctx, requester.userId);
  if (!isValidRoomId(roomId)) throw synapseError(400, `${roomId} is not a legal room ID`);
  const existed = ctx.rt.state.rooms.get(roomId) !== undefined;
  const result = shutdownAndPurge(ctx.rt.state, roomId, params);
  // Purging an unknown room is a 404, unless the point was to block it pre-emptively.
  if (!existed && params.purge && !params.block) throw notFound("Room not found");
  return json(result);
}

function resolveRoomIdOrAlias(state: SimState, identifier: string): Room {
  if (identifier.startsWith("#")) {
    const roomId = state.rooms.resolveAlias(identifier);
    if (!roomId) throw notFound(`Room alias ${identifier} not found`);
    identifier = roomId;
  } else if (!identifier.startsWith("!")) {
    throw synapseError(400, `${identifier} was not legal room ID or room alias`);
  }
  const room = state.rooms.get(identifier);
  if (!room) throw synapseError(400, "Server not in room");
  return room;
}

// POST /_synapse/admin/v1/rooms/<room_id_or_alias>/make_room_admin {"user_id"?}: a joined local admin of the room
// raises the target to their own level (and invites them into a non-public room).
export function makeRoomAdmin(ctx: Ctx): Reply {
  const requester = requireAdmin(ctx);
  const state = ctx.rt.state;
  const body = parseJsonObject(ctx.body, true);
  const room = resolveRoomIdOrAlias(state, ctx.params.room_identifier ?? "");
  const target = typeof body.user_id === "string" ? body.user_id : requester.userId;
  const pl = stateEvent(room, "m.room.power_levels");
  const users = (pl?.content.users ?? {}) as JsonObject;
  const candidates = Object.keys(users)
    .filter((u) => state.users.isLocal(u))
    .sort((a, b) => Number(users[b] ?? 0) - Number(users[a] ?? 0));
  const admin = candidates.find((u) => membership(room, u) === "join");
  if (!admin) throw synapseError(400, "No local admin user in room");
  createEvent(state, room, {
    type: "m.room.power_levels",
    sender: admin,
    stateKey: "",
    content: { ...(pl?.content ?? {}), users: { ...users, [target]: users[admin] ?? 100 } },
  });
  const current = membership(room, target);
  if (
    current !== "join" &&
    current !== "invite" &&
    stringState(room, "m.room.join_rules", "join_rule") !== "public"
  ) {
    setMembership(state, room, target, "invite", admin);
  }
  return json({});
}

// POST /_synapse/admin/v1/join/<room_id_or_alias> {"user_id"}: force-join a local user (invited by the admin first
// when the room is not public).
export function forceJoin(ctx: Ctx): Reply {
  const requester = requireAdmin(ctx);
  const state = ctx.rt.state;
  const body = parseJsonObject(ctx.body);
  assertParams(body, ["user_id"]);
  const userId = typeof body.user_id === "string" ? body.user_id : "";
  if (parseUserId(userId).domain !== state.serverName)
    throw synapseError(400, "This endpoint can only be used with local users");
  if (!state.users.get(userId)) throw notFound("User not found");
  const room = resolveRoomIdOrAlias(state, ctx.params.room_identifier ?? "");
  if (stringState(room, "m.room.join_rules", "join_rule") !== "public") {
    if (membership(room, requester.userId) !== "join")
      throw synapseError(403, `${requester.userId} not in room ${room.roomId}.`, "M_FORBIDDEN");
    setMembership(state, room, userId, "invite", requester.userId);
  }
  setMembership(state, room, userId, "join", userId);
  return json({ room_id: room.roomId });
}
