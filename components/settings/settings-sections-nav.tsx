import Link from "next/link";

const SECTIONS = [
  { href: "#settings-roster", label: "Reviewers" },
  { href: "#settings-media", label: "Media previews" },
  { href: "#settings-keywords", label: "Keyword lists" },
  { href: "/settings/me", label: "My preferences" },
] as const;

/** Jump links between the settings sections (one page, so a change in one never discards edits in another). */
export function SettingsSectionsNav() {
  return (
    <nav aria-label="Settings sections" className="mb-4">
      <ul className="flex flex-wrap gap-2 text-[0.8125rem]">
        {SECTIONS.map((s) => (
          <li key={s.href}>
            <Link
              href={s.href}
              className="rounded-md border border-line px-2.5 py-1 text-fg-muted hover:bg-surface-2 hover:text-fg"
            >
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
