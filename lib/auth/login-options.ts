/** What the login page offers: the homeserver, OIDC when configured, and the demo accounts in demo mode. */
import { env } from "@/lib/env";

export type DemoAccount = { username: string; password: string; role: string };

export type LoginOptions = {
  homeserver: string | null;
  oidc: { id: string; name: string } | null;
  demo: boolean;
  demoAccounts: DemoAccount[];
};

export function getLoginOptions(): LoginOptions {
  const config = env();
  return {
    homeserver: config.SYNAPSE_SERVER_NAME ?? config.SYNAPSE_URL ?? null,
    oidc: config.OIDC_ISSUER ? { id: "oidc", name: config.OIDC_DISPLAY_NAME } : null,
    demo: config.CONSOLE_DEMO,
    demoAccounts: config.CONSOLE_DEMO ? DEMO_ACCOUNTS : [],
  };
}

/** Seeded by the launcher in demo mode (scripts/run-console.ts); the simulator knows the same passwords. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: "admin", password: "demo-password", role: "Admin" },
  { username: "lead", password: "demo-password", role: "Lead" },
  { username: "moderator", password: "demo-password", role: "Moderator" },
  { username: "triage", password: "demo-password", role: "Triage" },
  { username: "safety", password: "demo-password", role: "Moderator, child-safety trained" },
];
