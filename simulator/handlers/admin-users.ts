import { requireAdmin } from "../http/auth";
import type { Ctx } from "../http/context";
import { badJson, notFound, synapseError } from "../http/errors";
import {
  assertParams,
  parseBoolean,
  parseChoice,
  parseDirection,
  parseInteger,
  parseJsonObject,
  requireStrictField,
} from "../http/params";
import { json, type Reply } from "../http/respond";
import type { JsonObject } from "../state/json";
import { deactivateUser, reactivateUser, registerUser, setProfile } from "../state/user-actions";
import type { SimUser } from "../state/users";
import { parseUserId } from "./ids";
import { compareColumn } from "./sort";
import { userDetails, userListRow } from "./user-view";

export function localUserOr404(
  ctx: Ctx,
  userId: string,
  notLocalMessage: string,
  notFoundMessage = "User not found",
): SimUser {
  const parsed = parseUserId(userId);
  if (parsed.domain !== ctx.rt.state.serverName) throw synapseError(400, notLocalMessage);
  const user = ctx.rt.state.users.get(userId);
  if (!user) throw notFound(notFoundMessage);
  return user;
}

// GET /_synapse/admin/v2/users/<user_id>
export function getUser(ctx: Ctx): Reply {
  requireAdmin(ctx);
  ctx.rt.state.users.flushSeen(ctx.rt.state.now());
  return json(userDetails(localUserOr404(ctx, ctx.params.user_id ?? "", "Can only look up local users")));
}

function boolParam(
  body: JsonObject,
  key: string,
  fallback: boolean,
  message: string,
  errcode = "M_UNKNOWN",
): boolean {
  const v = body[key] ?? fallback;
  if (typeof v !== "boolean") throw synapseError(400, message, errcode);
  return v;
}

// PUT /_synapse/admin/v2/users/<user_id>: modifies, or CREATES (201) when the user doesn't exist (a Synapse trap).
export function putUser(ctx: Ctx): Reply {
  const requester = requireAdmin(ctx);
  const state = ctx.rt.state;
  const userId = ctx.params.user_id ?? "";
  const target = parseUserId(userId);
  const body = parseJsonObject(ctx.body);
  if (target.domain !== state.serverName)
    throw synapseError(400, "This endpoint can only be used with local users");
  for (const t of Array.isArray(body.threepids) ? body.threepids : [])
    assertParams(t as JsonObject, ["medium", "address"]);
  for (const e of Array.isArray(body.external_ids) ? body.external_ids : [])
    assertParams(e as JsonObject, ["auth_provider", "external_id"]);
  const userType = body.user_type ?? null;
  if (userType !== null && userType !== "bot" && userType !== "support")
    throw synapseError(400, "Invalid user type");
  const setAdmin = boolParam(body, "admin", false, "Param 'admin' must be a boolean, if given", "M_BAD_JSON");
  const password = body.password ?? null;
  if (password !== null && (typeof password !== "string" || password.length > 512))
    throw synapseError(400, "Invalid password");
  const logoutDevices = boolParam(
    body,
    "logout_devices",
    true,
    "'logout_devices' parameter is not of type boolean",
  );
  const deactivate = boolParam(body, "deactivated", false, "'deactivated' parameter is not of type boolean");
  const lock = boolParam(body, "locked", false, "'locked' parameter is not of type boolean");
  if (deactivate && lock) throw synapseError(400, "An user can't be deactivated and locked");

  const existing = state.users.get(userId);
  const now = state.now();
  state.users.flushSeen(now);
  if (!existing) {
    const created = registerUser(state, {
      localpart: target.localpart,
      password: typeof password === "string" ? password : null,
      admin: setAdmin,
      displayname: typeof body.displayname === "string" ? body.displayname : null,
      userType: typeof userType === "string" ? userType : null,
    });
    if (typeof body.avatar_url === "string") created.avatarUrl = body.avatar_url;
    applyThreepids(created, body, now);
    return json(userDetails(created), 201);
  }
  const user = existing;
  if ("displayname" in body)
    setProfile(state, user, {
      displayname: typeof body.displayname === "string" && body.displayname !== "" ? body.displayname : null,
    });
  applyThreepids(user, body, now);
  if ("avatar_url" in body)
    setProfile(state, user, {
      avatarUrl: typeof body.avatar_url === "string" && body.avatar_url !== "" ? body.avatar_url : null,
    });
  if ("admin" in body && setAdmin !== user.admin) {
    if (user.userId === requester.userId && !setAdmin)
      throw synapseError(400, "You may not demote yourself.");
    user.admin = setAdmin;
  }
  if (typeof password === "string") {
    user.password = password;
    if (logoutDevices)
      state.users.closeAllSessions(
        user.userId,
        requester.userId === user.userId ? requester.session.token : undefined,
      );
  }
  if ("deactivated" in body) {
    if (deactivate && !user.deactivated) deactivateUser(state, user, false);
    else if (!deactivate && user.deactivated) reactivateUser(user);
  }
  if ("locked" in body) user.locked = lock;
  if ("user_type" in body) user.userType = typeof userType === "string" ? userType : null;
  return json(userDetails(user));
}

function applyThreepids(user: SimUser, body: JsonObject, now: number): void {
  if (!Array.isArray(body.threepids)) return;
  user.threepids = body.threepids.map((t) => {
    const o = t as JsonObject;
    const previous = user.threepids.find((p) => p.medium === o.medium && p.address === o.address);
    const medium = typeof o.medium === "string" ? o.medium : JSON.stringify(o.medium);
    const address = typeof o.address === "string" ? o.address : JSON.stringify(o.address);
    return previous ?? { medium, address, added_at: now, validated_at: now };
  });
}

// GET /_synapse/admin/v2/users (and v3, which differs only in how `deactivated` is read)
export function listUsers(ctx: Ctx, v3 = false): Reply {
  requireAdmin(ctx);
  ctx.rt.state.users.flushSeen(ctx.rt.state.now());
  const q = ctx.query;
  const from = parseInteger(q, "from", 0);
  const limit = parseInteger(q, "limit", 100);
  const userIdFilter = q.get("user_id");
  const name = q.get("name");
  const guests = parseBoolean(q, "guests") ?? true;
  const deactivatedParam = parseBoolean(q, "deactivated");
  const deactivated = v3 ? deactivatedParam : deactivatedParam ? undefined : false;
  const locked = parseBoolean(q, "locked") ?? false;
  const admins = parseBoolean(q, "admins");
  const orderBy = parseChoice(
    q,
    "order_by",
    [
      "name",
      "displayname",
      "is_guest",
      "admin",
      "deactivated",
      "user_type",
      "avatar_url",
      "shadow_banned",
      "creation_ts",
      "last_seen_ts",
      "locked",
    ] as const,
    "name",
  );
  const dir = parseDirection(q, "f");
  void guests;
  const rows = ctx.rt.state.users
    .all()
    .filter((u) => !userIdFilter || u.userId.includes(userIdFilter.toLowerCase()))
    .filter(
      (u) =>
        !name ||
        u.localpart.includes(name.toLowerCase()) ||
        (u.displayname ?? "").toLowerCase().includes(name.toLowerCase()),
    )
    .filter((u) => deactivated === undefined || u.deactivated === deactivated)
    .filter((u) => locked || !u.locked)
    .filter((u) => admins === undefined || u.admin === admins)
    .sort((a, b) => compareUsers(a, b, orderBy) * (dir === "b" ? -1 : 1));
  const page = rows.slice(from, from + limit);
  const body: JsonObject = { users: page.map(userListRow), total: rows.length };
  if (from + limit < rows.length) body.next_token = String(from + page.length);
  return json(body);
}

function compareUsers(a: SimUser, b: SimUser, orderBy: string): number {
  return compareColumn(userListRow(a)[orderBy], userListRow(b)[orderBy]) || compareColumn(a.userId, b.userId);
}

// PUT /_synapse/admin/v1/suspend/<user_id> -> {"user_<id>_suspended": bool}
export function suspendUser(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const userId = ctx.params.target_user_id ?? "";
  const user = localUserOr404(ctx, userId, "Can only suspend local users");
  const body = parseJsonObject(ctx.body);
  requireStrictField(body, "suspend", "boolean", "PutBody");
  user.suspended = body.suspend === true;
  return json({ [`user_${userId}_suspended`]: user.suspended });
}

// POST /_synapse/admin/v1/deactivate/<user_id>
export function deactivate(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const user = localUserOr404(ctx, ctx.params.target_user_id ?? "", "Can only deactivate local users");
  const body = parseJsonObject(ctx.body, true);
  const erase = body.erase ?? false;
  if (typeof erase !== "boolean") throw badJson("Param 'erase' must be a boolean, if given");
  deactivateUser(ctx.rt.state, user, erase);
  // No identity server is configured, so there was nothing to unbind.
  return json({ id_server_unbind_result: "success" });
}

// POST|DELETE /_synapse/admin/v1/users/<user_id>/shadow_ban
export function shadowBan(ban: boolean) {
  return (ctx: Ctx): Reply => {
    requireAdmin(ctx);
    const userId = ctx.params.user_id ?? "";
    if (!ctx.rt.state.users.isLocal(userId)) throw synapseError(400, "Only local users can be shadow-banned");
    parseUserId(userId);
    const user = ctx.rt.state.users.get(userId);
    // The store's "update one row" leaks as a 404 M_UNKNOWN for a nonexistent local user.
    if (!user) throw synapseError(404, "No row found (users)");
    user.shadowBanned = ban;
    return json({});
  };
}
