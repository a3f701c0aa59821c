"use client";

import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";

import { cn } from "@/components/ui/cn";

export type NavIcon = "queue" | "appeals" | "audit" | "stats" | "intake" | "settings" | "enforcement";
export type NavItem = { href: string; label: string; icon: NavIcon };

const ICONS: Record<NavIcon, React.ReactNode> = {
  queue: <path d="M4 5h12M4 10h12M4 15h8" />,
  appeals: <path d="M7 4.5 3.5 8 7 11.5M3.5 8H12a4.5 4.5 0 0 1 0 9h-1.5" />,
  audit: (
    <>
      <path d="M6 3.5h6.5L16 7v9.5H6z" />
      <path d="M12.5 3.5V7H16M8.5 10.5h5M8.5 13.5h5" />
    </>
  ),
  stats: <path d="M4 16.5V11M8.5 16.5V6M13 16.5v-7.5M17 16.5V3.5M3 16.5h15" />,
  intake: (
    <path d="M10 3v9m0 0 3.5-3.5M10 12 6.5 8.5M3.5 12.5v3A1.5 1.5 0 0 0 5 17h10a1.5 1.5 0 0 0 1.5-1.5v-3" />
  ),
  // "Failed actions" (/enforcement, enforcement.retry): a warning triangle.
  enforcement: (
    <>
      <path d="M10 3.5 17 16H3z" />
      <path d="M10 8.5v3.5M10 14.2v.1" />
    </>
  ),
  settings: (
    <>
      <circle cx="10" cy="10" r="2.5" />
      <path d="M10 2.5v2M10 15.5v2M2.5 10h2M15.5 10h2M4.7 4.7l1.4 1.4M13.9 13.9l1.4 1.4M4.7 15.3l1.4-1.4M13.9 6.1l1.4-1.4" />
    </>
  ),
};

/** A quiet dot while the link's page loads (console pages render on the server, with no route-level skeleton). */
function PendingHint() {
  const { pending } = useLinkStatus();
  return (
    <span
      aria-hidden="true"
      className={cn(
        "size-1.5 rounded-full bg-accent transition-opacity",
        pending ? "opacity-100 motion-safe:animate-pulse" : "opacity-0",
      )}
    />
  );
}

/** The console's sections; the layout passes only the ones the reviewer's role may open. */
export function ConsoleNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  // The most specific section wins: /settings/me is "My preferences", not also "Settings".
  const currentHref = items
    .map((item) => item.href)
    .filter((href) => pathname === href || pathname.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
  return (
    <nav aria-label="Console" className="px-2 py-3">
      <ul className="flex gap-0.5 md:flex-col">
        {items.map((item) => {
          const current = item.href === currentHref;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "flex h-8 items-center gap-2.5 rounded-md px-2.5 text-sm transition-colors",
                  current
                    ? "bg-surface-3 font-medium text-fg"
                    : "text-fg-muted hover:bg-surface-2 hover:text-fg",
                )}
              >
                <svg
                  aria-hidden="true"
                  viewBox="0 0 20 20"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="1.5"
                  strokeLinecap="round"
                  strokeLinejoin="round"
                  className="size-4 shrink-0"
                >
                  {ICONS[item.icon]}
                </svg>
                <span className="flex-1">{item.label}</span>
                <PendingHint />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
