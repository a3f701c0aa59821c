/**
 * The webhook handler wired to the console's configuration, for app/api/webhooks/policyserv/[secret]/route.ts
 * (which stays routing only). Synapse is asked whether the event exists, with a short timeout: policyserv waits.
 */
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { isSynapseApiError, synapseFromEnv } from "@/lib/synapse";

import { handlePolicyservWebhook } from "./policyserv-webhook";

export async function policyservWebhookPost(request: Request, secret: string): Promise<Response> {
  const settings = env();
  const serverName =
    settings.SYNAPSE_SERVER_NAME ?? (settings.SYNAPSE_URL ? new URL(settings.SYNAPSE_URL).hostname : "");
  return handlePolicyservWebhook(request, secret, {
    db: db(),
    expectedSecret: settings.POLICYSERV_WEBHOOK_SECRET,
    serverName,
    eventExists: async (eventId) => {
      if (!settings.SYNAPSE_URL || !settings.SYNAPSE_ADMIN_TOKEN) return undefined;
      try {
        await synapseFromEnv().rooms.fetchEvent(eventId);
        return true;
      } catch (error) {
        return isSynapseApiError(error) && error.status === 404 ? false : undefined;
      }
    },
  });
}
