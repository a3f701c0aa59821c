import { createHmac, timingSafeEqual } from "node:crypto";

import { requireUser } from "../http/auth";
import type { Ctx } from "../http/context";
import { badJson, forbidden, notFound, synapseError } from "../http/errors";
import { assertParams, parseJsonObject } from "../http/params";
import { json, type Reply } from "../http/respond";
import { withTxn } from "../http/txn";
import { isJsonObject } from "../state/json";
import { sendServerNotice } from "../state/notices";
import { registerUser } from "../state/user-actions";
import { parseUserId } from "./ids";

// GET /_synapse/admin/v1/server_version: unauthenticated.
export function serverVersion(ctx: Ctx): Reply {
  return json({ server_version: ctx.rt.settings.serverVersion });
}

async function serverNotice(ctx: Ctx, txnId: string | null): Promise<Reply> {
  const requester = requireUser(ctx);
  const run = (): Reply => {
    if (!requester.isAdmin) throw forbidden("You are not a server admin");
    const body = parseJsonObject(ctx.body);
    assertParams(body, ["user_id", "content"]);
    const userId = typeof body.user_id === "string" ? body.user_id : "";
    const target = parseUserId(userId);
    if (target.domain !== ctx.rt.state.serverName)
      throw synapseError(400, "Server notices can only be sent to local users");
    if (!ctx.rt.state.users.get(userId)) throw notFound("User not found");
    const content = isJsonObject(body.content) ? body.content : {};
    const type = typeof body.type === "string" ? body.type : "m.room.message";
    const stateKey = typeof body.state_key === "string" ? body.state_key : undefined;
    return json({ event_id: sendServerNotice(ctx.rt.state, userId, type, stateKey, content).eventId });
  };
  return txnId === null ? run() : withTxn(ctx, requester, run);
}

// POST /_synapse/admin/v1/send_server_notice
export const sendNotice = (ctx: Ctx) => serverNotice(ctx, null);
// PUT /_synapse/admin/v1/send_server_notice/<txn_id>
export const sendNoticeTxn = (ctx: Ctx) => serverNotice(ctx, ctx.params.txn_id ?? "");

const NONCE_TIMEOUT_MS = 60_000;

function clearOldNonces(ctx: Ctx): void {
  const now = ctx.rt.state.now();
  for (const [nonce, issued] of ctx.rt.nonces)
    if (now - issued > NONCE_TIMEOUT_MS) ctx.rt.nonces.delete(nonce);
}

// GET /_synapse/admin/v1/register -> {"nonce"} (unauthenticated)
export function registerNonce(ctx: Ctx): Reply {
  clearOldNonces(ctx);
  const nonce = ctx.rt.state.ids.nonce();
  ctx.rt.nonces.set(nonce, ctx.rt.state.now());
  return json({ nonce });
}

/** The mac Synapse expects: HMAC-SHA1 over nonce, username, password, admin flag (and user_type), NUL-separated. */
export function registrationMac(
  secret: string,
  nonce: string,
  username: string,
  password: string,
  admin: boolean,
  userType?: string | null,
): string {
  const mac = createHmac("sha1", secret);
  mac
    .update(nonce, "utf8")
    .update("\x00")
    .update(username, "utf8")
    .update("\x00")
    .update(password, "utf8")
    .update("\x00");
  mac.update(admin ? "admin" : "notadmin");
  if (userType) mac.update("\x00").update(userType, "utf8");
  return mac.digest("hex");
}

// POST /_synapse/admin/v1/register: shared-secret registration (`UserRegisterServlet`), checks in Synapse's order.
export function register(ctx: Ctx): Reply {
  clearOldNonces(ctx);
  const body = parseJsonObject(ctx.body);
  if (!("nonce" in body)) throw badJson("nonce must be specified");
  const nonce = typeof body.nonce === "string" ? body.nonce : "";
  if (!ctx.rt.nonces.has(nonce)) throw synapseError(400, "unrecognised nonce");
  ctx.rt.nonces.delete(nonce);
  if (!("username" in body)) throw badJson("username must be specified");
  const username = body.username;
  if (typeof username !== "string" || username.length > 512 || username.includes("\x00"))
    throw synapseError(400, "Invalid username");
  if (!("password" in body)) throw badJson("password must be specified");
  const password = body.password;
  if (typeof password !== "string" || password.length > 512 || password.includes("\x00"))
    throw synapseError(400, "Invalid password");
  const userType = body.user_type ?? null;
  if (userType !== null && userType !== "bot" && userType !== "support")
    throw synapseError(400, "Invalid user type");
  if (!("mac" in body)) throw badJson("mac must be specified");
  const want = Buffer.from(
    registrationMac(
      ctx.rt.settings.registrationSharedSecret,
      nonce,
      username,
      password,
      Boolean(body.admin),
      typeof userType === "string" ? userType : null,
    ),
    "ascii",
  );
  const got = Buffer.from(typeof body.mac === "string" ? body.mac : "", "ascii");
  if (want.length !== got.length || !timingSafeEqual(want, got)) throw synapseError(403, "HMAC incorrect");
  if (body.refresh_token !== undefined && typeof body.refresh_token !== "boolean")
    throw synapseError(400, "refresh_token must be a boolean");
  const user = registerUser(ctx.rt.state, {
    localpart: username.toLowerCase(),
    password,
    admin: Boolean(body.admin),
    displayname: typeof body.displayname === "string" ? body.displayname : null,
    userType: typeof userType === "string" ? userType : null,
  });
  const deviceId = typeof body.device_id === "string" ? body.device_id : ctx.rt.state.ids.deviceId();
  const session = ctx.rt.state.users.openSession(user.userId, deviceId, ctx.rt.state.now());
  return json({
    user_id: user.userId,
    home_server: ctx.rt.state.serverName,
    access_token: session.token,
    device_id: deviceId,
  });
}
