import { requireAdmin, requireUser } from "../http/auth";
import type { Ctx } from "../http/context";
import { synapseError } from "../http/errors";
import { assertParams, parseJsonObject } from "../http/params";
import { json, type Reply } from "../http/respond";
import type { JsonObject } from "../state/json";
import { membership } from "../state/rooms";
import { localUserOr404 } from "./admin-users";
import { parseUserId } from "./ids";

/** Read-mostly user endpoints for reviewers: who is this, where are they, are they an admin. */

// GET /_synapse/admin/v1/whois/<user_id> (also /_matrix/client/r0/admin/whois/<user_id>)
export function whois(ctx: Ctx): Reply {
  const target = ctx.params.user_id ?? "";
  parseUserId(target);
  const requester = requireUser(ctx);
  if (target !== requester.userId && !requester.isAdmin)
    throw synapseError(403, "You are not a server admin", "M_FORBIDDEN");
  if (!ctx.rt.state.users.isLocal(target)) throw synapseError(400, "Can only whois a local user");
  // `AdminHandler.get_whois` puts every (ip, user agent) under a single device keyed "".
  const connections = ctx.rt.state.users
    .sessionsOf(target)
    .map((s) => ({ ip: s.ip, last_seen: s.lastSeen, user_agent: s.userAgent }));
  const devices: JsonObject = { "": { sessions: [{ connections }] } };
  return json({ user_id: target, devices });
}

// GET /_synapse/admin/v1/users/<user_id>/joined_rooms
export function joinedRooms(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const userId = ctx.params.user_id ?? "";
  const rooms = ctx.rt.state.rooms
    .all()
    .filter((r) => membership(r, userId) === "join")
    .map((r) => r.roomId);
  return json({ joined_rooms: rooms, total: rooms.length });
}

// GET /_synapse/admin/v1/users/<user_id>/memberships (1.145+)
export function memberships(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const userId = ctx.params.user_id ?? "";
  const out: JsonObject = {};
  for (const room of ctx.rt.state.rooms.all()) {
    const m = membership(room, userId);
    if (m !== undefined) out[room.roomId] = m;
  }
  return json({ memberships: out });
}

// GET|PUT /_synapse/admin/v1/users/<user_id>/admin
export function getAdminFlag(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const user = localUserOr404(
    ctx,
    ctx.params.user_id ?? "",
    "Only local users can be admins of this homeserver",
  );
  return json({ admin: user.admin });
}

export function putAdminFlag(ctx: Ctx): Reply {
  const requester = requireAdmin(ctx);
  const body = parseJsonObject(ctx.body);
  const user = localUserOr404(
    ctx,
    ctx.params.user_id ?? "",
    "Only local users can be admins of this homeserver",
  );
  assertParams(body, ["admin"]);
  if (typeof body.admin !== "boolean")
    throw synapseError(400, "Param 'admin' must be a boolean", "M_BAD_JSON");
  if (user.userId === requester.userId && !body.admin)
    throw synapseError(400, "You may not demote yourself.");
  user.admin = body.admin;
  return json({});
}
