/**
 * The Synapse client configured from the environment (SYNAPSE_URL, SYNAPSE_ADMIN_TOKEN, SYNAPSE_TIMEOUT_MS). Kept
 * apart from client.ts so the client itself never reads configuration and tests can build one against a fake.
 */
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";

import type { SynapseLogger } from "./client";
import { createSynapse, type Synapse } from "./synapse";

let cached: Synapse | undefined;

export function synapseFromEnv(options: { logger?: SynapseLogger } = {}): Synapse {
  if (cached) return cached;
  const { SYNAPSE_URL, SYNAPSE_ADMIN_TOKEN, SYNAPSE_TIMEOUT_MS } = env();
  if (!SYNAPSE_URL || !SYNAPSE_ADMIN_TOKEN) {
    throw new AppError(
      "UNAVAILABLE",
      "No homeserver is configured: set SYNAPSE_URL and SYNAPSE_ADMIN_TOKEN (see .env.example).",
    );
  }
  cached = createSynapse({
    baseUrl: SYNAPSE_URL,
    accessToken: SYNAPSE_ADMIN_TOKEN,
    timeoutMs: SYNAPSE_TIMEOUT_MS,
    logger: options.logger,
  });
  return cached;
}

/** For tests that change the environment between cases. */
export function resetSynapseFromEnv(): void {
  cached = undefined;
}
