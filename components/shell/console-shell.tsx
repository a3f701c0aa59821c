import { BoundedText } from "@/components/ui/bounded-text";
import { KeyboardRoot } from "@/components/keyboard/keyboard-root";
import { NowProvider } from "@/components/ui/relative-time";
import type { Theme } from "@/components/ui/theme";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import type { ReviewerRole } from "@/lib/generated/prisma/enums";

import { ConsoleNav, type NavItem } from "./console-nav";
import { DemoBanner } from "./demo-banner";
import { ChildSafetyBadge, RoleBadge } from "./reviewer-badges";
import { SignOutButton } from "./sign-out-button";
import { SkipLink } from "./skip-link";

/**
 * The frame around every console page: a fixed sidebar (sections the role may open), a fixed-height header (who
 * is signed in, theme, sign-out) and the page. Heights are fixed so nothing moves while a page streams in.
 */
export function ConsoleShell({
  reviewer,
  navItems,
  homeserver,
  demo,
  theme,
  now,
  children,
}: {
  reviewer: { mxid: string; displayName: string | null; role: ReviewerRole; childSafety: boolean };
  navItems: NavItem[];
  homeserver: string | null;
  demo: boolean;
  theme: Theme;
  now: number;
  children: React.ReactNode;
}) {
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      {demo ? <DemoBanner /> : null}
      <div className="flex min-h-0 flex-1 flex-col md:flex-row">
        <aside className="shrink-0 border-b border-line bg-surface md:w-52 md:border-r md:border-b-0">
          <div className="md:sticky md:top-0">
            <div className="flex h-12 items-center gap-2 border-b border-line px-4">
              <svg
                aria-hidden="true"
                viewBox="0 0 20 20"
                className="size-5 text-accent"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.6"
              >
                <path d="M10 2.5 4 5v4.5c0 3.9 2.6 6.9 6 8 3.4-1.1 6-4.1 6-8V5z" strokeLinejoin="round" />
              </svg>
              <div className="min-w-0 leading-tight">
                <p className="text-sm font-semibold text-fg">Safety console</p>
                {homeserver ? (
                  <BoundedText value={homeserver} max={80} className="text-xs text-fg-subtle" />
                ) : null}
              </div>
            </div>
            <ConsoleNav items={navItems} />
          </div>
        </aside>
        <div className="flex min-w-0 flex-1 flex-col">
          <header className="flex h-12 shrink-0 items-center justify-end gap-3 border-b border-line bg-surface px-4">
            <div className="flex min-w-0 items-center gap-2">
              <span className="sr-only">Signed in as</span>
              <BoundedText
                value={reviewer.mxid}
                mono
                max={120}
                className="max-w-[22rem] text-[0.8125rem] text-fg"
              />
              <RoleBadge role={reviewer.role} />
              {reviewer.childSafety ? <ChildSafetyBadge /> : null}
            </div>
            <span aria-hidden="true" className="h-5 w-px bg-line" />
            <ThemeToggle initial={theme} />
            <SignOutButton />
          </header>
          <main
            id="main"
            tabIndex={-1}
            className="min-w-0 flex-1 px-4 py-5 focus-visible:outline-offset-[-2px] md:px-6"
          >
            <NowProvider now={now}>
              <KeyboardRoot pages={navItems}>{children}</KeyboardRoot>
            </NowProvider>
          </main>
        </div>
      </div>
    </div>
  );
}
