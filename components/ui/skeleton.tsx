import { cn } from "./cn";

/** A placeholder block with a fixed size (set it with className), so content replacing it does not move the page. */
export function Skeleton({ className }: { className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn("block rounded bg-surface-3 motion-safe:animate-pulse", className)}
    />
  );
}

/** A table-shaped placeholder: the same row height as the real rows (h-10). */
export function TableSkeleton({
  rows = 8,
  columns = 6,
  label = "Loading",
}: {
  rows?: number;
  columns?: number;
  label?: string;
}) {
  return (
    <div role="status" aria-live="polite" className="w-full">
      <span className="sr-only">{label}…</span>
      <div aria-hidden="true" className="divide-y divide-line">
        <div className="flex h-9 items-center gap-4 bg-surface-2 px-3">
          {Array.from({ length: columns }, (_, i) => (
            <Skeleton key={i} className="h-2.5 w-16 opacity-60" />
          ))}
        </div>
        {Array.from({ length: rows }, (_, r) => (
          <div key={r} className="flex h-10 items-center gap-4 px-3">
            {Array.from({ length: columns }, (_, c) => (
              <Skeleton key={c} className={cn("h-3", c === 1 ? "w-48" : "w-16")} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
