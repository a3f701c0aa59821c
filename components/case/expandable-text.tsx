"use client";

import { useState } from "react";

import { cn } from "@/components/ui/cn";
import type { Bounded } from "@/lib/render/bound";

import { InertText } from "./inert-text";

/**
 * Long text shown short first, with "show more". The server already bounded it (`Bounded`), so expanding never
 * puts more than that bound into the DOM; when the server cut it, the reviewer is told how long the original is.
 */
export function ExpandableText({
  value,
  previewChars = 600,
  className,
}: {
  value: Bounded;
  previewChars?: number;
  className?: string;
}) {
  const [expanded, setExpanded] = useState(false);
  const long = value.text.length > previewChars;
  const shown = expanded || !long ? value.text : `${value.text.slice(0, previewChars)}…`;
  return (
    <div className={cn("min-w-0", className)}>
      <InertText value={shown} block className="text-sm text-fg" />
      <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-fg-muted">
        {long ? (
          <button
            type="button"
            className="font-medium text-accent underline-offset-2 hover:underline"
            aria-expanded={expanded}
            onClick={() => setExpanded((v) => !v)}
          >
            {expanded ? "Show less" : `Show more (${(value.text.length - previewChars).toLocaleString("en")} more characters)`}
          </button>
        ) : null}
        {value.truncated ? (
          <span>
            Cut at {value.text.length.toLocaleString("en")} of {value.totalLength.toLocaleString("en")} characters; the
            rest is in the raw record.
          </span>
        ) : null}
      </div>
    </div>
  );
}
