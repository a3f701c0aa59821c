/**
 * Which real Synapse the tests talk to: SYNAPSE_URL + SYNAPSE_ADMIN_TOKEN from the environment (any Synapse, e.g.
 * its container image on a laptop), else the local test peer started by scripts/synapse-peer/peer.sh, whose
 * connection file is .data/synapse-peer/peer.env.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

export type SynapseTarget = { url: string; serverName: string; adminToken: string };

const PEER_ENV = path.resolve(".data/synapse-peer/peer.env");

export function resolveSynapseTarget(options: { startPeer: boolean }): SynapseTarget {
  const { SYNAPSE_URL, SYNAPSE_ADMIN_TOKEN, SYNAPSE_SERVER_NAME } = process.env;
  if (SYNAPSE_URL && SYNAPSE_ADMIN_TOKEN) {
    return { url: SYNAPSE_URL.replace(/\/+$/, ""), adminToken: SYNAPSE_ADMIN_TOKEN, serverName: SYNAPSE_SERVER_NAME ?? new URL(SYNAPSE_URL).hostname };
  }
  if (options.startPeer) execFileSync("bash", ["scripts/synapse-peer/peer.sh", "start"], { stdio: ["ignore", "inherit", "inherit"] });
  let text: string;
  try {
    text = readFileSync(PEER_ENV, "utf8");
  } catch {
    throw new Error(
      "No Synapse to test against: set SYNAPSE_URL and SYNAPSE_ADMIN_TOKEN, or start the local test peer with " +
        "`bash scripts/synapse-peer/peer.sh start` (root; builds a Debian sid chroot with matrix-synapse on first use).",
    );
  }
  const values = Object.fromEntries(
    text
      .split("\n")
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
  if (!values.SYNAPSE_URL || !values.SYNAPSE_ADMIN_TOKEN) throw new Error(`${PEER_ENV} is incomplete; run peer.sh reset.`);
  return { url: values.SYNAPSE_URL, adminToken: values.SYNAPSE_ADMIN_TOKEN, serverName: values.SYNAPSE_SERVER_NAME ?? "localhost" };
}
