/**
 * Global setup of both contract projects (vitest.config.ts). It resolves the target once per project, checks that it
 * answers and that the admin token really is an admin's, and hands the connection to the tests with `provide`.
 */
import type { TestProject } from "vitest/node";

import { createSynapse } from "@/lib/synapse";

import {
  resolveSynapseConnection,
  unreachableMessage,
  type ContractTarget,
  type StartSimulator,
} from "./target";

// A variable specifier keeps this file type-checking (and the synapse project running) while simulator/ is being
// written; the module's shape is checked at run time below.
const SIMULATOR_MODULE = "@/simulator/server";

async function startSimulatorTarget(): Promise<{ target: ContractTarget; stop: () => Promise<void> }> {
  let mod: { startSimulator?: unknown };
  try {
    mod = (await import(/* @vite-ignore */ SIMULATOR_MODULE)) as { startSimulator?: unknown };
  } catch (error) {
    throw new Error(
      `contract-simulator: cannot load ${SIMULATOR_MODULE} (${(error as Error).message}). It must export startSimulator().`,
    );
  }
  if (typeof mod.startSimulator !== "function")
    throw new Error(`contract-simulator: ${SIMULATOR_MODULE} does not export startSimulator()`);
  const sim = await (mod.startSimulator as StartSimulator)({ port: 0, scenario: "empty" });
  return {
    target: { name: "simulator", url: sim.url, serverName: sim.serverName, adminToken: sim.adminToken },
    stop: async () => {
      await sim.stop();
    },
  };
}

async function synapseTarget(repoRoot: string): Promise<ContractTarget> {
  const { url, adminToken, source } = resolveSynapseConnection(repoRoot);
  const synapse = createSynapse({ baseUrl: url, accessToken: adminToken, timeoutMs: 5_000, maxRetries: 0 });
  try {
    await synapse.server.serverVersion();
  } catch (error) {
    throw new Error(unreachableMessage(url, source, error));
  }
  const { userId } = await synapse.server.assertAdmin();
  return { name: "synapse", url, serverName: userId.slice(userId.indexOf(":") + 1), adminToken };
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const name = project.config.env?.CONTRACT_TARGET;
  if (name === "synapse") {
    project.provide("contractTarget", await synapseTarget(project.config.root));
    return undefined;
  }
  if (name === "simulator") {
    const { target, stop } = await startSimulatorTarget();
    // The simulator must pass the same admin check as a real server.
    await createSynapse({
      baseUrl: target.url,
      accessToken: target.adminToken,
      maxRetries: 0,
    }).server.assertAdmin();
    project.provide("contractTarget", target);
    return stop;
  }
  throw new Error(
    `tests/contract/global-setup.ts: CONTRACT_TARGET must be "synapse" or "simulator", got ${String(name)}`,
  );
}
