/**
 * The console's Synapse client: one object with every endpoint group, all sharing one HTTP core (timeouts,
 * retries, error mapping). Construct it with explicit configuration, or from the environment via from-env.ts.
 */
import { detectCapabilities } from "./capabilities";
import { SynapseClient, type SynapseClientConfig } from "./client";
import { createMediaApi } from "./media";
import { createNoticesApi } from "./notices";
import { createRedactionApi } from "./redaction";
import { createReportsApi } from "./reports";
import { createRoomsApi } from "./rooms";
import { createServerApi } from "./server";
import { createUsersApi } from "./users";

export function createSynapse(config: SynapseClientConfig | SynapseClient) {
  const http = config instanceof SynapseClient ? config : new SynapseClient(config);
  return {
    /** The raw core, for calls no endpoint module covers yet (add a module rather than using this in domain code). */
    http,
    reports: createReportsApi(http),
    users: createUsersApi(http),
    redaction: createRedactionApi(http),
    media: createMediaApi(http),
    rooms: createRoomsApi(http),
    notices: createNoticesApi(http),
    server: createServerApi(http),
    detectCapabilities: () => detectCapabilities(http),
  };
}

export type Synapse = ReturnType<typeof createSynapse>;
