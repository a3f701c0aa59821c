import path from "node:path";

import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

// Two projects: `unit` (pure logic, no I/O; *.test.ts) and `integration` (*.integration.test.ts, a real PostgreSQL
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
    ],
  },
});
