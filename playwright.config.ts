import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests: a real Chromium (Debian's /usr/bin/chromium by default; CHROMIUM_PATH to use another, or
 * unset it where Playwright's own browser is installed), the production build of the console on port 3100 with its
 * own embedded PostgreSQL, and a real Synapse (e2e/global-setup.ts).
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Several checkouts (or engineers) on one machine can run the suite side by side with their own ports. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
/** The second console, in demo mode (built-in simulator, demo accounts), for the `demo` project (e2e/demo-setup.ts). */
export const E2E_DEMO_PORT = Number(process.env.E2E_DEMO_PORT ?? 3101);

const launchOptions = {
  executablePath: chromiumPath || undefined,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      testIgnore: /demo-.*\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
    {
      // The console as a newcomer runs it: no homeserver configured, so the simulator and the demo accounts.
      name: "demo",
      testMatch: /demo-.*\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], launchOptions, baseURL: `http://127.0.0.1:${E2E_DEMO_PORT}` },
    },
  ],
});
