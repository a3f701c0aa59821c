import { BoundedText } from "@/components/ui/bounded-text";

import { ConfusableWarning } from "./confusable-warning";

/** A display name or room name: bounded, invisible characters chipped, with a look-alike warning when needed. */
export function DisplayName({ value, className }: { value: string | null | undefined; className?: string }) {
  return (
    <span className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
      <BoundedText value={value} max={256} lines={2} className={className ?? "min-w-0 font-medium text-fg"} />
      <ConfusableWarning value={value} />
    </span>
  );
}
