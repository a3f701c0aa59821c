import { readFileSync } from "node:fs";
import path from "node:path";

import type { SynapseTarget } from "@/tests/support/synapse-target";

/** What global-setup started, for the fixtures in the test workers. */
export type E2EState = { databaseUrl: string; synapse: SynapseTarget; baseUrl: string };

// Per port, so two runs side by side (E2E_PORT) do not read each other's state.
export const E2E_STATE_FILE = path.resolve(`.data/e2e-state-${process.env.E2E_PORT ?? 3100}.json`);

export function readE2EState(): E2EState {
  return JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as E2EState;
}
