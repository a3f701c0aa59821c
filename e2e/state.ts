import { readFileSync } from "node:fs";
import path from "node:path";

import type { SynapseTarget } from "@/tests/support/synapse-target";

/** What global-setup started, for the fixtures in the test workers. */
export type E2EState = { databaseUrl: string; synapse: SynapseTarget; baseUrl: string };

export const E2E_STATE_FILE = path.resolve(".data/e2e-state.json");

export function readE2EState(): E2EState {
  return JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as E2EState;
}
