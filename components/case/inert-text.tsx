import { cn } from "@/components/ui/cn";
import { segmentText } from "@/lib/render/invisible";

/**
 * Attacker-written text as React text nodes, never HTML. Invisible and direction-control characters are replaced
 * by visible chips (so a right-to-left override cannot reorder anything: it is no longer in the DOM as a control
 * character), the run is direction-isolated, and long unbroken strings wrap anywhere instead of widening the page.
 */
export function InertText({
  value,
  className,
  block = false,
}: {
  value: string;
  className?: string;
  /** Keep line breaks and wrap (message bodies); otherwise an inline run. */
  block?: boolean;
}) {
  const Tag = block ? "div" : "span";
  return (
    <Tag
      dir="auto"
      className={cn("bidi-isolate [overflow-wrap:anywhere]", block && "whitespace-pre-wrap", className)}
    >
      <InvisibleAware value={value} />
    </Tag>
  );
}

/** The segments alone, for use inside an element that already isolates (sanitised HTML nodes, raw JSON). */
export function InvisibleAware({ value }: { value: string }) {
  return segmentText(value).map((part, i) =>
    part.kind === "text" ? (
      part.text
    ) : (
      <InvisibleChip key={i} code={part.code} name={part.name} bidi={part.bidi} />
    ),
  );
}

export function InvisibleChip({ code, name, bidi }: { code: string; name: string; bidi: boolean }) {
  return (
    <span
      data-invisible-char={code}
      data-bidi={bidi || undefined}
      title={`${name} (${code}): invisible in the original`}
      className={cn(
        "mx-px inline-block rounded-sm px-0.5 align-baseline font-mono text-[0.75em] leading-tight whitespace-nowrap",
        bidi ? "bg-tone-danger-bg text-tone-danger-fg" : "bg-tone-warning-bg text-tone-warning-fg",
      )}
    >
      {code}
    </span>
  );
}
