/** What the login page offers: the homeserver, OIDC when configured, and the demo accounts in demo mode. */
import { env } from "@/lib/env";
import { DEMO_ACCOUNTS as SIMULATOR_DEMO_ACCOUNTS } from "@/simulator/scenario/demo-accounts";

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

/** The simulated homeserver's demo accounts (one list: the simulator creates them, the launcher rosters them). */
const DEMO_ACCOUNTS: DemoAccount[] = SIMULATOR_DEMO_ACCOUNTS.map(({ username, password, role }) => ({ username, password, role }));
