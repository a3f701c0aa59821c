import type { SimUser, Session } from "../state/users";
import type { Ctx } from "./context";
import { missingToken, notServerAdmin, unknownToken, userLocked } from "./errors";

export interface Requester {
  userId: string;
  user: SimUser;
  session: Session;
  isAdmin: boolean;
}

/** `get_access_token_from_request`, with its four distinct M_MISSING_TOKEN messages. */
function accessToken(ctx: Ctx): string {
  const authHeaders: string[] = [];
  for (let i = 0; i + 1 < ctx.rawHeaders.length; i += 2) {
    if ((ctx.rawHeaders[i] ?? "").toLowerCase() === "authorization")
      authHeaders.push(ctx.rawHeaders[i + 1] ?? "");
  }
  const queryTokens = ctx.query.getAll("access_token");
  if (authHeaders.length > 0) {
    if (ctx.query.has("access_token"))
      throw missingToken("Mixing Authorization headers and access_token query parameters.");
    if (authHeaders.length > 1) throw missingToken("Too many Authorization headers.");
    const parts = (authHeaders[0] ?? "").split(" ");
    if (parts[0] === "Bearer" && parts.length === 2) return parts[1] ?? "";
    throw missingToken("Invalid Authorization header.");
  }
  const token = queryTokens[0];
  if (token === undefined || token === "") throw missingToken();
  return token;
}

/** `get_user_by_req`: token -> session -> user; locked users get 401 M_USER_LOCKED unless the servlet allows them. */
export function requireUser(ctx: Ctx, options: { allowLocked?: boolean } = {}): Requester {
  const token = accessToken(ctx);
  const session = ctx.rt.state.users.session(token);
  const user = session ? ctx.rt.state.users.get(session.userId) : undefined;
  if (!session || !user) throw unknownToken();
  if (user.locked && !options.allowLocked) throw userLocked();
  ctx.rt.state.users.touch(session, ctx.ip, String(ctx.headers["user-agent"] ?? ""), ctx.rt.state.now());
  return { userId: user.userId, user, session, isAdmin: user.admin };
}

/** `assert_requester_is_admin`: 401 before 403. */
export function requireAdmin(ctx: Ctx): Requester {
  const requester = requireUser(ctx);
  if (!requester.isAdmin) throw notServerAdmin();
  return requester;
}

/** For endpoints that behave differently, not fail, without a token (none yet; kept for media thumbnails). */
export function optionalUser(ctx: Ctx): Requester | undefined {
  if (
    !ctx.rawHeaders.some((h, i) => i % 2 === 0 && h.toLowerCase() === "authorization") &&
    !ctx.query.has("access_token")
  ) {
    return undefined;
  }
  return requireUser(ctx);
}
