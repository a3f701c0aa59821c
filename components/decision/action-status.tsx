import { Badge, type BadgeTone } from "@/components/ui/badge";
import { BoundedText } from "@/components/ui/bounded-text";

import type { ActionView } from "./types";

export const FINAL_STATUSES: ReadonlySet<string> = new Set(["DONE", "FAILED", "CANCELLED"]);

const STATUS: Record<string, { label: string; tone: BadgeTone }> = {
  PENDING: { label: "Pending", tone: "neutral" },
  RUNNING: { label: "Running", tone: "info" },
  AWAITING_SYNAPSE: { label: "Awaiting Synapse", tone: "info" },
  DONE: { label: "Done", tone: "success" },
  FAILED: { label: "Failed", tone: "danger" },
  CANCELLED: { label: "Cancelled", tone: "neutral" },
};

/** One enforcement action and how far Synapse got with it; a failure shows Synapse's own error text. */
export function ActionStatus({ action }: { action: ActionView }) {
  const status = STATUS[action.status] ?? { label: action.status, tone: "neutral" as const };
  return (
    <li className="flex min-w-0 flex-wrap items-center gap-2 text-xs" aria-label={`${action.kind} ${action.target}: ${status.label}`}>
      <Badge tone={status.tone}>{status.label}</Badge>
      <span className="font-mono">{action.kind}</span>
      <BoundedText value={action.target} mono max={300} className="max-w-64 text-fg-muted" />
      {action.attempts > 1 ? (
        <span className="text-fg-subtle">
          attempt {action.attempts}/{action.maxAttempts}
        </span>
      ) : null}
      {action.lastError ? <BoundedText value={action.lastError} max={500} className="w-full text-tone-danger-fg" /> : null}
    </li>
  );
}
