import { requireUser } from "../http/auth";
import type { Ctx } from "../http/context";
import { MatrixError, synapseError } from "../http/errors";
import { parseJsonObject } from "../http/params";
import { json, type Reply } from "../http/respond";
import { isJsonObject, type JsonObject } from "../state/json";

const SPEC_VERSIONS = [
  "r0.0.1",
  "r0.1.0",
  "r0.2.0",
  "r0.3.0",
  "r0.4.0",
  "r0.5.0",
  "r0.6.0",
  "r0.6.1",
  "v1.1",
  "v1.2",
  "v1.3",
  "v1.4",
  "v1.5",
  "v1.6",
  "v1.7",
  "v1.8",
  "v1.9",
  "v1.10",
  "v1.11",
  "v1.12",
];

// GET /_matrix/client/versions (unauthenticated)
export function versions(): Reply {
  return json(
    {
      versions: SPEC_VERSIONS,
      unstable_features: {
        "org.matrix.msc3916.stable": true,
        "org.matrix.msc4151": true,
        "org.matrix.msc3823.account_suspension": true,
      },
    },
    200,
    {
      "Cache-Control": "public, max-age=600, s-maxage=3600, stale-while-revalidate=600",
      Vary: "Authorization",
    },
  );
}

// GET /_matrix/client/v3/login
export function loginFlows(): Reply {
  return json({ flows: [{ type: "m.login.password" }, { type: "m.login.application_service" }] });
}

const invalidCredentials = () => new MatrixError(403, "M_FORBIDDEN", "Invalid username or password");

/** The identifier (or legacy top-level `user`) as a full user id. */
function submittedUserId(ctx: Ctx, body: JsonObject): string | null {
  // `convert_client_dict_legacy_fields_to_identifier`: legacy `user`, or `medium`+`address`, replace `identifier`.
  let identifier: JsonObject | null =
    isJsonObject(body.identifier) && Object.keys(body.identifier).length > 0 ? body.identifier : null;
  if (typeof body.user === "string" && body.user !== "") identifier = { type: "m.id.user", user: body.user };
  if (body.medium && body.address)
    identifier = { type: "m.id.thirdparty", medium: body.medium, address: body.address };
  if (!identifier) throw synapseError(400, "Invalid login submission", "M_INVALID_PARAM");
  if (identifier.type === "m.id.thirdparty") {
    const { medium, address } = identifier;
    if (medium === undefined || address === undefined)
      throw synapseError(400, "Invalid thirdparty identifier");
    const owner = ctx.rt.state.users
      .all()
      .find((u) => u.threepids.some((t) => t.medium === medium && t.address === address));
    if (!owner) throw invalidCredentials();
    return owner.userId;
  }
  if (identifier.type !== "m.id.user") throw synapseError(400, "Unknown login identifier type");
  const user = identifier.user;
  if (typeof user !== "string" || user === "")
    throw synapseError(400, "User identifier is missing 'user' key");
  return user.startsWith("@") ? user : `@${user}:${ctx.rt.state.serverName}`;
}

// POST /_matrix/client/v3/login (m.login.password only)
export function login(ctx: Ctx): Reply {
  const state = ctx.rt.state;
  const body = parseJsonObject(ctx.body);
  if (body.refresh_token !== undefined && typeof body.refresh_token !== "boolean")
    throw synapseError(400, "`refresh_token` should be true or false.");
  // `AuthHandler.validate_login`, in its order: type, password, identifier, then the login type itself.
  if (typeof body.type !== "string") throw synapseError(400, "Bad parameter: type", "M_INVALID_PARAM");
  if (body.type === "m.login.password" && typeof body.password !== "string")
    throw synapseError(400, "Bad parameter: password", "M_INVALID_PARAM");
  const userId = submittedUserId(ctx, body);
  if (body.type !== "m.login.password") throw synapseError(400, `Unknown login type ${body.type}`);
  const user = userId === null ? undefined : state.users.findForLogin(userId);
  // Deactivation wipes the password hash, so a deactivated user normally fails here, before the deactivated check.
  if (!user || user.password === null || user.password !== body.password) throw invalidCredentials();
  if (user.deactivated) throw new MatrixError(403, "M_USER_DEACTIVATED", "This account has been deactivated");
  if (user.locked)
    throw new MatrixError(401, "M_USER_LOCKED", "User account has been locked", { soft_logout: true });
  const deviceId =
    typeof body.device_id === "string" && body.device_id !== "" ? body.device_id : state.ids.deviceId();
  if (deviceId.length > 512)
    throw new MatrixError(400, "M_INVALID_PARAM", "device_id cannot be longer than 512 characters.");
  const displayName =
    typeof body.initial_device_display_name === "string" ? body.initial_device_display_name : null;
  const session = state.users.openSession(user.userId, deviceId, state.now(), undefined, displayName);
  state.users.touch(session, ctx.ip, String(ctx.headers["user-agent"] ?? ""), state.now());
  return json({
    user_id: user.userId,
    access_token: session.token,
    home_server: state.serverName,
    device_id: deviceId,
  });
}

// POST /_matrix/client/v3/logout (locked users may log out)
export function logout(ctx: Ctx): Reply {
  const requester = requireUser(ctx, { allowLocked: true });
  ctx.rt.state.users.closeSession(requester.session.token);
  return json({});
}

// POST /_matrix/client/v3/logout/all
export function logoutAll(ctx: Ctx): Reply {
  const requester = requireUser(ctx, { allowLocked: true });
  ctx.rt.state.users.closeAllSessions(requester.userId);
  return json({});
}

// GET /_matrix/client/v3/devices
export function devices(ctx: Ctx): Reply {
  const requester = requireUser(ctx);
  return json({
    devices: ctx.rt.state.users.devicesOf(requester.userId).map((s) => ({
      user_id: requester.userId,
      device_id: s.deviceId,
      display_name: s.displayName,
      last_seen_ip: s.ip,
      last_seen_ts: s.lastSeen,
    })),
  });
}

// GET /_matrix/client/v3/account/whoami (locked users get 401 M_USER_LOCKED here)
export function whoami(ctx: Ctx): Reply {
  const requester = requireUser(ctx);
  return json({ user_id: requester.userId, is_guest: false, device_id: requester.session.deviceId });
}
