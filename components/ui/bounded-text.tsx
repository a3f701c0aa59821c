import { cn } from "./cn";
import { revealInvisibles, splitInvisibles } from "./invisible-characters";

/**
 * Text someone outside the team wrote (Matrix ids, display names, room names, report reasons), shown safely:
 * - always as React text nodes, never as HTML;
 * - direction-isolated (`unicode-bidi: isolate`), so a right-to-left override cannot flip the columns or the
 *   words around it. Free text takes its direction from its first strong character (`dir="auto"`); identifiers
 *   (`mono`) are laid out left-to-right, as Matrix ids are (`@user:server` reads the same in every script);
 * - invisible and direction-control characters are made visible (U+202E shows as a marked "U+202E"), since they
 *   are how look-alike ids are built;
 * - bounded: cut to `max` characters in the DOM and truncated visually to one line (or to `lines` lines where
 *   the whole text matters, e.g. an error message); the full value, with the same characters spelled out, is in
 *   `title` (itself capped).
 */
export function BoundedText({
  value,
  max = 300,
  mono = false,
  dir,
  lines,
  className,
  as: Tag = "span",
}: {
  value: string | null | undefined;
  max?: number;
  mono?: boolean;
  dir?: "auto" | "ltr";
  /** Wrap and clamp to this many lines (1, 2 or 3) instead of truncating to one. */
  lines?: 2 | 3;
  className?: string;
  as?: "span" | "div";
}) {
  if (value === null || value === undefined || value === "") {
    return <span className="text-fg-subtle">—</span>;
  }
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  const escaped = revealInvisibles(value);
  const title = escaped.length > 2000 ? `${escaped.slice(0, 2000)}…` : escaped;
  return (
    <Tag
      dir={dir ?? (mono ? "ltr" : "auto")}
      title={title}
      className={cn(
        "block max-w-full bidi-isolate",
        lines === undefined && "truncate",
        lines === 2 && "line-clamp-2 [overflow-wrap:anywhere]",
        lines === 3 && "line-clamp-3 [overflow-wrap:anywhere]",
        mono && "font-mono text-[0.95em]",
        className,
      )}
    >
      {splitInvisibles(cut).map((part, i) =>
        part.kind === "text" ? (
          part.text
        ) : (
          <span
            key={i}
            className="mx-px rounded-sm bg-tone-warning-bg px-0.5 font-mono text-[0.85em] text-tone-warning-fg"
            title={`Invisible character ${part.code}`}
          >
            {part.code}
          </span>
        ),
      )}
    </Tag>
  );
}
