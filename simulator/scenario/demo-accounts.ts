/**
 * The demo reviewer accounts. They exist on the simulated homeserver with these passwords, and the console's login
 * page lists them in demo mode. `username`/`password`/`role` match the `DemoAccount` shape of
 * lib/auth/login-options.ts, so that list can be replaced by this one.
 */
export const DEMO_PASSWORD = "demo-password";

export type ReviewerRole = "TRIAGE" | "MODERATOR" | "LEAD" | "ADMIN";

export interface DemoAccount {
  /** Localpart on the homeserver: `@<username>:<server>`. */
  username: string;
  password: string;
  /** Human label for the login page. */
  role: string;
  reviewerRole: ReviewerRole;
  /** Trained for child-safety cases, which are routed only to such reviewers. */
  childSafety: boolean;
  /** A Synapse server admin (only `admin`: the console's own service calls use its token). */
  serverAdmin: boolean;
  displayName: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: "admin",
    password: DEMO_PASSWORD,
    role: "Admin",
    reviewerRole: "ADMIN",
    childSafety: false,
    serverAdmin: true,
    displayName: "Server Admin",
  },
  {
    username: "lead",
    password: DEMO_PASSWORD,
    role: "Lead",
    reviewerRole: "LEAD",
    childSafety: false,
    serverAdmin: false,
    displayName: "Lena Okafor (T&S lead)",
  },
  {
    username: "moderator",
    password: DEMO_PASSWORD,
    role: "Moderator",
    reviewerRole: "MODERATOR",
    childSafety: false,
    serverAdmin: false,
    displayName: "Marco Rossi (moderator)",
  },
  {
    username: "triage",
    password: DEMO_PASSWORD,
    role: "Triage",
    reviewerRole: "TRIAGE",
    childSafety: false,
    serverAdmin: false,
    displayName: "Tomás Ibarra (triage)",
  },
  {
    username: "safety",
    password: DEMO_PASSWORD,
    role: "Moderator, child-safety trained",
    reviewerRole: "MODERATOR",
    childSafety: true,
    serverAdmin: false,
    displayName: "Sun-hee Park (child safety)",
  },
];
