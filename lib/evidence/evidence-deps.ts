/** The evidence dependencies for routes and the CLI: the process database, Synapse from the environment, env caps. */
import "server-only";

import { db } from "@/lib/db/client";
import { synapseFromEnv } from "@/lib/synapse/from-env";

import type { EvidenceDeps } from "./capture-evidence";
import { evidenceLimitsFromEnv } from "./limits";

export function defaultEvidenceDeps(): EvidenceDeps {
  return { db: db(), synapse: synapseFromEnv(), limits: evidenceLimitsFromEnv(), now: () => new Date() };
}
