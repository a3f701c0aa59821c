import { cookies } from "next/headers";

import type { NavItem } from "@/components/shell/console-nav";
import { ConsoleShell } from "@/components/shell/console-shell";
import { parseTheme, THEME_COOKIE } from "@/components/ui/theme";
import { getLoginOptions } from "@/lib/auth/login-options";
import type { Permission } from "@/lib/auth/permissions";
import { requireReviewer } from "@/lib/auth/session";
import { QueryCacheOwner } from "@/lib/query/provider";

// The sections, in order, with the permission each needs. Hiding a section is a courtesy; each page checks its
// permission itself (requireReviewer in every page.tsx), which is the check that counts.
const SECTIONS: (NavItem & { permission: Permission })[] = [
  { href: "/queue", label: "Queue", icon: "queue", permission: "case.read" },
  { href: "/appeals", label: "Appeals", icon: "appeals", permission: "appeal.read" },
  { href: "/audit", label: "Audit", icon: "audit", permission: "audit.read" },
  { href: "/stats", label: "Stats", icon: "stats", permission: "stats.read" },
  { href: "/intake", label: "Intake status", icon: "intake", permission: "intake.read" },
  { href: "/enforcement", label: "Failed actions", icon: "enforcement", permission: "enforcement.retry" },
  { href: "/settings", label: "Settings", icon: "settings", permission: "settings.manage" },
  { href: "/settings/me", label: "My preferences", icon: "settings", permission: "case.read" },
];

/** The instant relative times ("5 min ago") are computed from during this render, on server and client alike. */
function requestStartedAt(): number {
  return Date.now();
}

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const reviewer = await requireReviewer();
  const options = getLoginOptions();
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  const navItems = SECTIONS.filter((s) => reviewer.permissions.includes(s.permission)).map(
    ({ href, label, icon }) => ({ href, label, icon }),
  );
  return (
    <ConsoleShell
      reviewer={reviewer}
      navItems={navItems}
      homeserver={options.homeserver}
      demo={options.demo}
      theme={theme}
      now={requestStartedAt()}
    >
      <QueryCacheOwner reviewerId={reviewer.id} />
      {children}
    </ConsoleShell>
  );
}
