"use client";

import type { TEnforcementActionInput } from "@/lib/enforcement/action-schemas";
import { BoundedText } from "@/components/ui/bounded-text";
import { HttpError } from "@/lib/query/query-client";

import { lostAdminRooms, radiusCaveats, radiusSentence } from "./blast-radius-text";
import { useBlastRadius } from "./use-blast-radius";

/**
 * Before a destructive decision, what it will touch: rooms, messages, files and bytes, and the rooms that would be
 * left without an admin for good. Shown as soon as it is known; recording the decision never waits for it.
 */
export function BlastRadiusPanel({
  caseId,
  actions,
}: {
  caseId: string;
  actions: TEnforcementActionInput[];
}) {
  const { destructive, stale, query } = useBlastRadius(caseId, actions);
  if (!destructive) return null;
  const radius = query.data;
  const lost = radius ? lostAdminRooms(radius) : [];
  const caveats = radius ? radiusCaveats(radius) : [];
  return (
    <section
      aria-labelledby="blast-radius-title"
      aria-busy={stale || query.isFetching || undefined}
      className="space-y-1.5 rounded-md border border-line bg-surface-2 px-3 py-2 text-xs"
    >
      <h3 id="blast-radius-title" className="text-xs font-semibold text-fg">
        Blast radius
      </h3>
      <div role="status" aria-live="polite" className="space-y-1.5">
        {radius ? (
          <p className={stale ? "text-fg-muted" : "text-fg"}>
            {radiusSentence(radius)}
            {stale ? " Updating for your latest choice…" : ""}
          </p>
        ) : query.isError ? (
          <p className="text-tone-danger-fg">
            The blast radius could not be estimated
            {query.error instanceof HttpError && query.error.status === 401 ? ": your session has ended" : ""}
            . You can still record the decision.
          </p>
        ) : (
          <p className="text-fg-muted">
            Estimating what this will touch… You can record the decision meanwhile.
          </p>
        )}
        {radius?.partial ? (
          <p className="text-tone-warning-fg">
            Partial: the scan stopped at its limits, so the real numbers may be higher.
          </p>
        ) : null}
      </div>
      {lost.length ? (
        <div className="rounded bg-tone-warning-bg px-2 py-1 text-tone-warning-fg">
          <p className="font-medium">Rooms that will lose their last admin:</p>
          <ul aria-label="Rooms that will lose their last admin" className="list-disc pl-4">
            {lost.map((r) => (
              <li key={r.roomId}>
                <span className="flex min-w-0 gap-1">
                  {r.name ? <BoundedText value={r.name} max={120} className="min-w-0 shrink" /> : null}
                  <BoundedText value={r.roomId} mono max={200} className="min-w-0 shrink opacity-80" />
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {caveats.length ? (
        <details>
          <summary className="cursor-pointer text-fg-muted">
            Why some numbers are not exact ({caveats.length})
          </summary>
          <ul className="mt-1 list-disc pl-4 text-fg-muted">
            {caveats.map((note) => (
              <li key={note}>
                <BoundedText value={note} max={300} lines={2} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
