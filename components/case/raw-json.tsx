import type { Bounded } from "@/lib/render/bound";

import { InvisibleAware } from "./inert-text";

/**
 * The verbatim record one click away: a native <details> (no script needed), collapsed, bounded, monospace, and
 * rendered as text. Invisible characters are chipped here too, since JSON.stringify leaves bidi controls as is.
 */
export function RawJson({ value, label = "Raw JSON" }: { value: Bounded | null; label?: string }) {
  if (!value) return null;
  return (
    <details className="group mt-2 min-w-0 text-xs">
      <summary className="cursor-pointer text-fg-muted select-none hover:text-fg">{label}</summary>
      <pre
        dir="ltr"
        className="mt-1 max-h-96 max-w-full overflow-auto rounded-md border border-line bg-surface-2 p-2 font-mono text-[0.75rem] whitespace-pre-wrap [overflow-wrap:anywhere] text-fg"
      >
        <InvisibleAware value={value.text} />
      </pre>
      {value.truncated ? (
        <p className="mt-1 text-fg-muted">
          Showing {value.text.length.toLocaleString("en")} of {value.totalLength.toLocaleString("en")} characters.
        </p>
      ) : null}
    </details>
  );
}
