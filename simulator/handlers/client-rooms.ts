import { requireUser, type Requester } from "../http/auth";
import type { Ctx } from "../http/context";
import { forbidden, MatrixError, notFound, synapseError } from "../http/errors";
import { parseJsonObject } from "../http/params";
import { json, type Reply } from "../http/respond";
import { withTxn } from "../http/txn";
import { isJsonObject, type JsonObject } from "../state/json";
import { createEvent, createRoom, setMembership } from "../state/room-actions";
import { membership, namedLevel, powerLevelOf, sendLevel, type Room } from "../state/rooms";
import { assertMayChangeMembership, assertMaySend, suspendedError } from "./room-checks";

/** Synapse waits 1-10 s before faking success to a shadow-banned sender. */
async function shadowBanned(ctx: Ctx): Promise<Reply> {
  const [min, max] = ctx.rt.settings.shadowBanDelayMs;
  // Runtime jitter, not generated data: it needs no seed.
  const ms = min + Math.floor(Math.random() * (max - min + 1));
  await ctx.rt.sleep(ms, ctx.signal);
  return json({ event_id: ctx.rt.state.ids.fakeEventId() });
}

/**
 * `Auth.check_user_in_room`, which runs before event auth: a sender who is not joined (or a room this server doesn't
 * know) gets the same 403, without event auth's member repr.
 */
function joinedRoom(ctx: Ctx, requester: Requester, roomId: string): Room {
  const room = ctx.rt.state.rooms.get(roomId);
  if (!room || membership(room, requester.userId) !== "join")
    throw forbidden(`User ${requester.userId} not in room ${roomId}`);
  return room;
}

async function send(ctx: Ctx, requester: Requester, type: string, txnId: string | undefined): Promise<Reply> {
  if (requester.user.shadowBanned) return shadowBanned(ctx);
  if (requester.user.suspended)
    throw suspendedError("Sending messages while account is suspended is not allowed.");
  const content = parseJsonObject(ctx.body);
  const room = joinedRoom(ctx, requester, ctx.params.room_id ?? "");
  assertMaySend(room, requester.userId, type, false);
  const ev = createEvent(ctx.rt.state, room, {
    type,
    sender: requester.userId,
    content,
    ...(txnId !== undefined ? { txnId, deviceId: requester.session.deviceId } : {}),
  });
  return json({ event_id: ev.eventId });
}

// PUT /_matrix/client/v3/rooms/<room_id>/send/<event_type>/<txn_id>: idempotent per (path, token)
export function sendMessageTxn(ctx: Ctx): Promise<Reply> {
  const requester = requireUser(ctx);
  return withTxn(ctx, requester, () => send(ctx, requester, ctx.params.event_type ?? "", ctx.params.txn_id));
}

// POST /_matrix/client/v3/rooms/<room_id>/send/<event_type>
export function sendMessage(ctx: Ctx): Promise<Reply> {
  return send(ctx, requireUser(ctx), ctx.params.event_type ?? "", undefined);
}

// PUT /_matrix/client/v3/rooms/<room_id>/state/<event_type>[/<state_key>]
export async function putState(ctx: Ctx): Promise<Reply> {
  const requester = requireUser(ctx);
  if (requester.user.shadowBanned) return shadowBanned(ctx);
  if (requester.user.suspended)
    throw suspendedError("Sending messages while account is suspended is not allowed.");
  const content = parseJsonObject(ctx.body);
  const room = joinedRoom(ctx, requester, ctx.params.room_id ?? "");
  const type = ctx.params.event_type ?? "";
  assertMaySend(room, requester.userId, type, true);
  const ev = createEvent(ctx.rt.state, room, {
    type,
    sender: requester.userId,
    stateKey: ctx.params.state_key ?? "",
    content,
  });
  return json({ event_id: ev.eventId });
}

// PUT /_matrix/client/v3/rooms/<room_id>/redact/<event_id>/<txn_id>
export function redactEvent(ctx: Ctx): Promise<Reply> {
  const requester = requireUser(ctx);
  return withTxn(ctx, requester, async () => {
    if (requester.user.shadowBanned) return shadowBanned(ctx);
    const state = ctx.rt.state;
    const targetId = ctx.params.event_id ?? "";
    const target = state.rooms.event(targetId);
    if (requester.user.suspended && target && target.sender !== requester.userId) {
      throw suspendedError("You can only redact your own events while account is suspended.");
    }
    const body = parseJsonObject(ctx.body);
    const room = joinedRoom(ctx, requester, ctx.params.room_id ?? "");
    assertMaySend(room, requester.userId, "m.room.redaction", false);
    if (
      target &&
      target.sender !== requester.userId &&
      powerLevelOf(room, requester.userId) < namedLevel(room, "redact", 50)
    ) {
      throw forbidden("You don't have permission to redact events");
    }
    const ev = createEvent(state, room, {
      type: "m.room.redaction",
      sender: requester.userId,
      content: body,
      redacts: targetId,
      txnId: ctx.params.txn_id ?? "",
      deviceId: requester.session.deviceId,
    });
    return json({ event_id: ev.eventId });
  });
}

// POST /_matrix/client/v3/createRoom
export function createRoomHandler(ctx: Ctx): Reply {
  const requester = requireUser(ctx);
  const state = ctx.rt.state;
  const body = parseJsonObject(ctx.body);
  // The m.room.create event goes through `create_event`, whose suspension check allows only redactions and leaves.
  if (requester.user.suspended)
    throw suspendedError("Sending messages while account is suspended is not allowed.");
  const visibility = body.visibility ?? "private";
  if (visibility !== "public" && visibility !== "private")
    throw synapseError(400, "Invalid visibility value", "M_BAD_JSON");
  const preset =
    typeof body.preset === "string" ? body.preset : visibility === "public" ? "public_chat" : "private_chat";
  if (!["private_chat", "public_chat", "trusted_private_chat"].includes(preset))
    throw synapseError(400, `Unknown preset: ${preset}`, "M_BAD_JSON");
  const aliasLocalpart = typeof body.room_alias_name === "string" ? body.room_alias_name : undefined;
  if (aliasLocalpart !== undefined && state.rooms.resolveAlias(`#${aliasLocalpart}:${state.serverName}`)) {
    throw synapseError(400, "Room alias already taken", "M_ROOM_IN_USE");
  }
  const invite = Array.isArray(body.invite)
    ? body.invite.filter((u): u is string => typeof u === "string")
    : [];
  const initialState = Array.isArray(body.initial_state)
    ? body.initial_state.filter(isJsonObject).map((s) => ({
        type: typeof s.type === "string" ? s.type : "",
        ...(typeof s.state_key === "string" ? { state_key: s.state_key } : {}),
        content: isJsonObject(s.content) ? s.content : {},
      }))
    : [];
  const room = createRoom(state, requester.userId, {
    preset: preset as "private_chat" | "public_chat" | "trusted_private_chat",
    // Synapse's default room_list_publication_rules deny publication: the room is created, just not published.
    publish: false,
    ...(typeof body.name === "string" ? { name: body.name } : {}),
    ...(typeof body.topic === "string" ? { topic: body.topic } : {}),
    ...(aliasLocalpart !== undefined ? { aliasLocalpart } : {}),
    invite: requester.user.shadowBanned ? [] : invite,
    ...(isJsonObject(body.power_level_content_override)
      ? { powerLevelOverride: body.power_level_content_override }
      : {}),
    initialState,
  });
  const response: JsonObject = { room_id: room.roomId };
  if (aliasLocalpart !== undefined) response.room_alias = `#${aliasLocalpart}:${state.serverName}`;
  return json(response);
}

function resolveRoom(ctx: Ctx, idOrAlias: string): Room {
  const state = ctx.rt.state;
  const roomId = idOrAlias.startsWith("#") ? state.rooms.resolveAlias(idOrAlias) : idOrAlias;
  if (idOrAlias.startsWith("#") && !roomId) throw notFound("Room alias not found");
  const room = roomId ? state.rooms.get(roomId) : undefined;
  if (!room)
    throw new MatrixError(
      404,
      "M_UNKNOWN",
      "Can't join remote room because no servers that are in the room have been provided.",
    );
  return room;
}

// POST /_matrix/client/v3/join/<room_id_or_alias> and /rooms/<room_id>/join
export function joinRoom(ctx: Ctx): Reply {
  const requester = requireUser(ctx);
  const idOrAlias = ctx.params.room_identifier ?? ctx.params.room_id ?? "";
  const blocked = ctx.rt.state.rooms.blockedBy(idOrAlias);
  if (blocked !== undefined) throw forbidden("This room has been blocked on this server", "M_UNKNOWN");
  if (requester.user.suspended)
    throw suspendedError("Joining rooms while account is suspended is not allowed.");
  const room = resolveRoom(ctx, idOrAlias);
  if (ctx.rt.state.rooms.blockedBy(room.roomId) !== undefined)
    throw forbidden("This room has been blocked on this server", "M_UNKNOWN");
  assertMayChangeMembership(room, requester.userId, requester.userId, "join");
  if (membership(room, requester.userId) !== "join")
    setMembership(ctx.rt.state, room, requester.userId, "join", requester.userId);
  return json({ room_id: room.roomId });
}

// POST /_matrix/client/v3/rooms/<room_id>/invite
export function inviteUser(ctx: Ctx): Reply {
  const requester = requireUser(ctx);
  const body = parseJsonObject(ctx.body);
  if (typeof body.user_id !== "string") throw synapseError(400, "Missing user_id", "M_MISSING_PARAM");
  if (requester.user.suspended)
    throw suspendedError("Sending invites while account is suspended is not allowed.");
  const room = ctx.rt.state.rooms.get(ctx.params.room_id ?? "");
  if (!room) throw forbidden("Unknown room");
  // A shadow-banned inviter is told it worked.
  if (requester.user.shadowBanned) return json({});
  assertMayChangeMembership(room, requester.userId, body.user_id, "invite");
  setMembership(
    ctx.rt.state,
    room,
    body.user_id,
    "invite",
    requester.userId,
    undefined,
    typeof body.reason === "string" ? { reason: body.reason } : {},
  );
  return json({});
}

// POST /_matrix/client/v3/rooms/<room_id>/leave
export function leaveRoom(ctx: Ctx): Reply {
  const requester = requireUser(ctx);
  const room = ctx.rt.state.rooms.get(ctx.params.room_id ?? "");
  if (!room) throw notFound("Unknown room");
  const current = membership(room, requester.userId);
  if (current === "invite" && room.noticesFor === requester.userId) {
    throw forbidden("You cannot reject this invite", "M_CANNOT_LEAVE_SERVER_NOTICE_ROOM");
  }
  if (current !== "join" && current !== "invite" && current !== "knock") {
    throw forbidden(`${requester.userId} not in room ${room.roomId}.`);
  }
  setMembership(ctx.rt.state, room, requester.userId, "leave", requester.userId);
  return json({});
}

// GET /_matrix/client/v3/directory/list/room/<room_id>
export function getDirectoryVisibility(ctx: Ctx): Reply {
  const room = ctx.rt.state.rooms.get(ctx.params.room_id ?? "");
  if (!room) throw notFound("Unknown room");
  return json({ visibility: room.published ? "public" : "private" });
}

// PUT /_matrix/client/v3/directory/list/room/<room_id>: moderators or server admins; publishing is denied by the
// default `room_list_publication_rules` (even for admins), unpublishing always works.
export function putDirectoryVisibility(ctx: Ctx): Reply {
  const requester = requireUser(ctx);
  const body = parseJsonObject(ctx.body);
  const visibility = body.visibility ?? "public";
  if (visibility !== "public" && visibility !== "private")
    throw synapseError(400, "Input should be 'public' or 'private'", "M_BAD_JSON");
  const room = ctx.rt.state.rooms.get(ctx.params.room_id ?? "");
  if (!room) throw synapseError(400, "Unknown room");
  if (
    !requester.isAdmin &&
    powerLevelOf(room, requester.userId) < sendLevel(room, "m.room.canonical_alias", true)
  ) {
    throw forbidden("This server requires you to be a moderator in the room to edit its room list entry");
  }
  if (visibility === "public") throw synapseError(403, "Not allowed to publish room");
  room.published = false;
  return json({});
}
