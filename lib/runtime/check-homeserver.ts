/**
 * At start, the console makes sure its Synapse token is a server admin's. A rejected or non-admin token stops the
 * start with a message that says what to fix; an unreachable homeserver only warns (it may come up later, and
 * reviewers can still read the queue meanwhile).
 */
import { createSynapse } from "@/lib/synapse/synapse";
import { SynapseAdminAccessError } from "@/lib/synapse/server";

export type HomeserverCheck = { ok: true; adminUserId: string; version: string } | { ok: false; fatal: boolean; message: string };

export async function checkHomeserver(config: { url: string; adminToken: string | undefined; timeoutMs: number }): Promise<HomeserverCheck> {
  if (!config.adminToken) {
    return { ok: false, fatal: true, message: "SYNAPSE_ADMIN_TOKEN is not set: the console needs a Synapse server admin's access token." };
  }
  const synapse = createSynapse({ baseUrl: config.url, accessToken: config.adminToken, timeoutMs: config.timeoutMs, maxRetries: 1 });
  try {
    const { userId } = await synapse.server.assertAdmin();
    const version = await synapse.server.serverVersion().catch(() => "unknown");
    return { ok: true, adminUserId: userId, version };
  } catch (error) {
    if (error instanceof SynapseAdminAccessError) return { ok: false, fatal: true, message: error.message };
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, fatal: false, message: `Could not reach the homeserver at ${config.url} to check the admin token (${reason}).` };
  }
}
