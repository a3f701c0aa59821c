"use client";

import { cn } from "@/components/ui/cn";

import { useExposureToday } from "./use-exposure";

/**
 * The reviewer's media exposure today, always on the case page: counting is part of looking after the people
 * doing this work. Past the daily budget it suggests a break, gently; it never blocks a decision.
 */
export function ExposureMeter() {
  const query = useExposureToday();
  if (query.isPending) return <p className="text-xs text-fg-muted" aria-live="polite">Loading today&apos;s media exposure…</p>;
  if (query.isError) return <p className="text-xs text-fg-muted">Today&apos;s media exposure could not be loaded.</p>;
  const e = query.data;
  return (
    <div
      role="status"
      aria-label="Your media exposure today"
      className={cn(
        "rounded-md border px-3 py-2 text-xs",
        e.overBudget ? "border-tone-warning-fg/30 bg-tone-warning-bg text-tone-warning-fg" : "border-line bg-surface-2 text-fg-muted",
      )}
    >
      <p>
        Today: <strong className="font-semibold">{e.previews}</strong> blurred preview{e.previews === 1 ? "" : "s"},{" "}
        <strong className="font-semibold">{e.reveals}</strong> of {e.budget} reveals.
      </p>
      {e.overBudget ? (
        <p className="mt-1">
          You have reached today&apos;s reveal budget. Consider a break away from the screen; decide from text and hashes
          where you can.
        </p>
      ) : null}
    </div>
  );
}
