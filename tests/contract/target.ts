/**
 * Which homeserver the contract suite talks to. The same tests run against a real Synapse (`contract-synapse`) and
 * against the simulator (`contract-simulator`); any difference between the two is a simulator bug.
 *
 * Synapse: SYNAPSE_URL + SYNAPSE_ADMIN_TOKEN from the environment, else the local test peer's connection file
 * written by `scripts/synapse-peer/peer.sh start`. Missing both is a failure, never a skip: a silently skipped
 * contract suite is how a simulator drifts from the real server.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { inject } from "vitest";

export type ContractTargetName = "synapse" | "simulator";

export interface ContractTarget {
  name: ContractTargetName;
  url: string;
  serverName: string;
  adminToken: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    contractTarget: ContractTarget;
  }
}

/** What `simulator/server.ts` exports (agreed signature; the simulator is built against this suite). */
export type StartSimulator = (options: { port: number; scenario: "empty" }) => Promise<{
  url: string;
  serverName: string;
  adminToken: string;
  stop(): Promise<void> | void;
}>;

const HOW_TO_START_PEER =
  "Start the local Synapse test peer with `sudo scripts/synapse-peer/peer.sh start` (it writes .data/synapse-peer/peer.env), " +
  "or export SYNAPSE_URL and SYNAPSE_ADMIN_TOKEN (a server admin's access token) for another Synapse.";

export function peerEnvPath(repoRoot: string): string {
  const state = process.env.SYNAPSE_PEER_STATE ?? path.join(repoRoot, ".data", "synapse-peer");
  return path.join(state, "peer.env");
}

/** `KEY=value` lines; `#` comments; optional single/double quotes around values. */
export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match?.[1] || line.trimStart().startsWith("#")) continue;
    out[match[1]] = (match[2] ?? "").replace(/^(['"])(.*)\1$/, "$2");
  }
  return out;
}

/** The Synapse target's URL and token (server name is learnt from the token by global setup). */
export function resolveSynapseConnection(repoRoot: string): {
  url: string;
  adminToken: string;
  source: string;
} {
  const { SYNAPSE_URL, SYNAPSE_ADMIN_TOKEN } = process.env;
  if (SYNAPSE_URL && SYNAPSE_ADMIN_TOKEN)
    return { url: SYNAPSE_URL, adminToken: SYNAPSE_ADMIN_TOKEN, source: "environment" };
  const file = peerEnvPath(repoRoot);
  if (!existsSync(file)) {
    throw new Error(
      `contract-synapse: no Synapse to test against (SYNAPSE_URL/SYNAPSE_ADMIN_TOKEN unset and ${file} missing). ${HOW_TO_START_PEER}`,
    );
  }
  const peer = parseEnvFile(readFileSync(file, "utf8"));
  if (!peer.SYNAPSE_URL || !peer.SYNAPSE_ADMIN_TOKEN) {
    throw new Error(
      `contract-synapse: ${file} lacks SYNAPSE_URL or SYNAPSE_ADMIN_TOKEN. ${HOW_TO_START_PEER}`,
    );
  }
  return { url: peer.SYNAPSE_URL, adminToken: peer.SYNAPSE_ADMIN_TOKEN, source: file };
}

export function unreachableMessage(url: string, source: string, cause: unknown): string {
  const why = cause instanceof Error ? cause.message : String(cause);
  return (
    `contract-synapse: the Synapse at ${url} (from ${source}) does not answer: ${why}. ${HOW_TO_START_PEER} ` +
    "`scripts/synapse-peer/peer.sh status` tells whether the peer is running."
  );
}

/** In a test file: the target global setup resolved for this project. */
export function contractTarget(): ContractTarget {
  return inject("contractTarget");
}
