/**
 * Asks the configured homeserver whether a Matrix account's password is right, by logging in through the
 * client-server API and immediately logging the new device out again (no device is left behind on the account).
 */
import { env } from "@/lib/env";
import { loginWithPassword, logout } from "@/lib/matrix/password-login";

import type { HomeserverVerdict } from "./authorize-login";

export async function verifyPasswordWithHomeserver(userId: string, password: string): Promise<HomeserverVerdict> {
  const baseUrl = env().SYNAPSE_URL;
  if (!baseUrl) return { ok: false, reason: "homeserver_error", detail: "SYNAPSE_URL is not configured" };
  const result = await loginWithPassword({ baseUrl, user: userId, password, deviceName: "Safety console sign-in check" });
  if (!result.ok) {
    // A locked or deactivated Matrix account may not review either; say no more than "not accepted".
    const refused = ["invalid_credentials", "locked", "deactivated"].includes(result.reason);
    return refused ? { ok: false, reason: "invalid_credentials" } : { ok: false, reason: "homeserver_error", detail: result.reason };
  }
  await logout({ baseUrl, accessToken: result.accessToken }).catch(() => undefined);
  return { ok: true, userId: result.userId };
}
