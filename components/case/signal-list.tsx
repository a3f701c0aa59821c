import { Badge } from "@/components/ui/badge";
import { BoundedText } from "@/components/ui/bounded-text";
import { Card, CardHeader } from "@/components/ui/card";
import { labelOf, SIGNAL_SOURCE_LABELS } from "@/components/cases/labels";
import type { SignalView } from "@/lib/cases/get-case-detail";

import { ExpandableText } from "./expandable-text";
import { RawJson } from "./raw-json";
import { Timestamp } from "./timestamp";

/** Every report and signal on the case, oldest first, each with its verbatim record one click away. */
export function SignalList({ signals, total }: { signals: SignalView[]; total: number }) {
  return (
    <Card aria-labelledby="signals-title">
      <CardHeader
        titleId="signals-title"
        title={`Reports and signals (${total})`}
        description={signals.length < total ? `Showing the first ${signals.length}.` : "Oldest first."}
      />
      <ol className="divide-y divide-line" aria-label="Reports">
        {signals.map((s) => (
          <li key={s.id} className="min-w-0 px-4 py-3">
            <SignalItem signal={s} />
          </li>
        ))}
      </ol>
    </Card>
  );
}

function SignalItem({ signal: s }: { signal: SignalView }) {
  return (
    <article className="min-w-0" aria-label={`${labelOf(SIGNAL_SOURCE_LABELS, s.source)} signal`}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-fg-muted">
        <Badge tone="info">{labelOf(SIGNAL_SOURCE_LABELS, s.source)}</Badge>
        {s.reporterMxid ? (
          <span className="flex min-w-0 items-center gap-1">
            by <BoundedText value={s.reporterMxid} mono max={256} className="max-w-72 text-fg" />
          </span>
        ) : null}
        <Timestamp iso={s.occurredAt} />
        {s.score !== null ? <span>score {s.score}</span> : null}
        {s.harmIds.map((h) => (
          <Badge key={h} tone="special" className="max-w-72 truncate">
            {h.replace(/^org\.matrix\.msc4456\./, "")}
          </Badge>
        ))}
      </div>
      {s.reason ? (
        <ExpandableText value={s.reason} previewChars={400} className="mt-2" />
      ) : (
        <p className="mt-2 text-sm text-fg-subtle">No reason given.</p>
      )}
      {s.policyServer ? <PolicyServer verdict={s.policyServer} /> : null}
      <RawJson value={s.raw} label="Raw record" />
    </article>
  );
}

function PolicyServer({ verdict }: { verdict: NonNullable<SignalView["policyServer"]> }) {
  return (
    <div className="mt-2 rounded-md border border-line bg-surface-2 px-3 py-2 text-xs">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-fg">Policy server</span>
        {verdict.hellban ? <Badge tone="danger">Hellban</Badge> : null}
        {verdict.softFailSpammy ? <Badge tone="warning">Soft-failed as spammy</Badge> : null}
      </div>
      {verdict.filters.length ? (
        <ul className="mt-1 space-y-0.5">
          {verdict.filters.map((f) => (
            <li key={f.name} className="flex min-w-0 flex-wrap gap-x-2">
              <BoundedText value={f.name} mono max={200} className="max-w-60 text-fg" />
              <BoundedText value={f.responses.join(", ")} max={600} className="min-w-0 flex-1 text-fg-muted" />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
