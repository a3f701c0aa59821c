import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";

import { BoundedText } from "@/components/ui/bounded-text";
import { parseTheme, THEME_COOKIE } from "@/components/ui/theme";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import { getLoginOptions } from "@/lib/auth/login-options";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { getCurrentReviewer } from "@/lib/auth/session";

import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = (await searchParams).next;
  const next = safeNextPath(Array.isArray(raw) ? raw[0] : raw);
  // Already signed in (e.g. the back button after sign-in): go where the reviewer was heading.
  if (await getCurrentReviewer()) redirect(next);

  const options = getLoginOptions();
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);

  return (
    <div className="flex min-h-dvh flex-col">
      {options.demo ? (
        <div
          role="note"
          aria-label="Demo mode"
          className="flex h-8 items-center justify-center border-b border-banner-line bg-banner-bg px-4 text-xs font-medium text-banner-fg"
        >
          Demo mode — connected to a simulated homeserver
        </div>
      ) : null}
      <div className="flex justify-end px-4 pt-3">
        <ThemeToggle initial={theme} />
      </div>
      <main id="main" className="flex flex-1 items-start justify-center px-4 pt-[8vh] pb-16">
        <div className="w-full max-w-sm">
          <div className="mb-6 flex items-center gap-2.5">
            <svg
              aria-hidden="true"
              viewBox="0 0 20 20"
              className="size-7 text-accent"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.5"
            >
              <path d="M10 2.5 4 5v4.5c0 3.9 2.6 6.9 6 8 3.4-1.1 6-4.1 6-8V5z" strokeLinejoin="round" />
            </svg>
            <div className="min-w-0">
              <h1 className="text-lg font-semibold tracking-tight text-fg">Sign in to the safety console</h1>
              <p className="flex min-w-0 gap-1 text-sm text-fg-muted">
                {options.homeserver ? (
                  <>
                    <span className="shrink-0">Homeserver</span>
                    <BoundedText value={options.homeserver} mono max={120} className="min-w-0 text-fg" />
                  </>
                ) : (
                  "No homeserver is configured."
                )}
              </p>
            </div>
          </div>
          <LoginForm
            next={next}
            homeserver={options.homeserver}
            oidc={options.oidc}
            demoAccounts={options.demo ? options.demoAccounts : []}
          />
        </div>
      </main>
    </div>
  );
}
