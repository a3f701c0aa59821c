import path from "node:path";

import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

// Projects: `unit` (pure logic, no I/O; *.test.ts) and `integration` (*.integration.test.ts, a real PostgreSQL
// started once by the global setup, one fresh database per test file).
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["{lib,simulator,cli,scripts,components}/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "**/*.contract.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["{lib,simulator,cli,scripts,app}/**/*.integration.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/per-file-database.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One database per file; files may run in parallel on the two cores.
          fileParallelism: true,
        },
      },
      // The Synapse contract suite, run against a real Synapse (SYNAPSE_URL/SYNAPSE_ADMIN_TOKEN, or the local test
      // peer from scripts/synapse-peer) and against the simulator. A difference between the two is a simulator bug.
      ...(["synapse", "simulator"] as const).map((target) => ({
        resolve: { alias },
        test: {
          name: `contract-${target}`,
          include: ["tests/contract/**/*.contract.test.ts"],
          environment: "node",
          env: { CONTRACT_TARGET: target },
          globalSetup: ["tests/contract/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // The suite changes server state (suspensions, redactions); files run one after another.
          fileParallelism: false,
        },
      })),
    ],
  },
});
