import { Badge, type BadgeTone } from "@/components/ui/badge";
import { BoundedText } from "@/components/ui/bounded-text";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { APPEAL_OUTCOME_LABELS, APPEAL_STATUS_LABELS, DECISION_OUTCOME_LABELS, labelOf } from "@/components/cases/labels";
import type { CaseDetail } from "@/lib/cases/get-case-detail";

import { ExpandableText } from "./expandable-text";
import { Timestamp } from "./timestamp";

const ACTION_TONE: Record<string, BadgeTone> = {
  PENDING: "neutral",
  RUNNING: "info",
  AWAITING_SYNAPSE: "info",
  DONE: "success",
  FAILED: "danger",
  CANCELLED: "neutral",
};

/** Decisions so far (append-only, oldest first), what each asked Synapse to do and how far that got, and appeals. */
export function DecisionHistory({ decisions, appeals }: Pick<CaseDetail, "decisions" | "appeals">) {
  return (
    <Card aria-labelledby="history-title">
      <CardHeader titleId="history-title" title="Decisions and appeals" />
      <CardBody className="space-y-4">
        {decisions.length === 0 ? <p className="text-sm text-fg-muted">No decision yet.</p> : null}
        {decisions.map((d) => (
          <article key={d.id} className="min-w-0 space-y-1 text-sm" aria-label="Decision">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={d.outcome === "VIOLATION" ? "danger" : "neutral"}>{labelOf(DECISION_OUTCOME_LABELS, d.outcome)}</Badge>
              {d.policy ? <span className="text-xs text-fg">{d.policy.label}</span> : null}
              <span className="text-xs text-fg-muted">
                {d.automated ? "automated" : (d.reviewer?.displayName ?? d.reviewer?.mxid ?? "unknown reviewer")} ·{" "}
                <Timestamp iso={d.createdAt} />
              </span>
              {d.supersedesId ? <Badge>Supersedes an earlier decision</Badge> : null}
            </div>
            <ExpandableText value={{ text: d.statementOfReasons, truncated: false, totalLength: d.statementOfReasons.length }} previewChars={240} />
            {d.internalNote ? (
              <p className="text-xs text-fg-muted">
                Internal note: <BoundedText value={d.internalNote} max={500} lines={3} as="span" />
              </p>
            ) : null}
            {d.actions.length ? (
              <ul className="space-y-1" aria-label="Enforcement actions">
                {d.actions.map((a) => (
                  <li key={a.id} className="flex min-w-0 flex-wrap items-center gap-2 text-xs">
                    <Badge tone={ACTION_TONE[a.status] ?? "neutral"}>{a.status.toLowerCase().replace(/_/g, " ")}</Badge>
                    <span className="font-mono">{a.kind}</span>
                    <BoundedText value={a.target} mono max={300} className="max-w-64 text-fg-muted" />
                    {a.attempts > 0 ? <span className="text-fg-subtle">attempt {a.attempts}/{a.maxAttempts}</span> : null}
                    {a.lastError ? <BoundedText value={a.lastError} max={300} className="w-full text-tone-danger-fg" /> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </article>
        ))}
        {appeals.map((a) => (
          <article key={a.id} className="min-w-0 space-y-1 border-t border-line pt-3 text-sm" aria-label="Appeal">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone="special">Appeal · {labelOf(APPEAL_STATUS_LABELS, a.status)}</Badge>
              {a.outcome ? <Badge>{labelOf(APPEAL_OUTCOME_LABELS, a.outcome)}</Badge> : null}
              <span className="text-xs text-fg-muted">
                filed <Timestamp iso={a.filedAt} /> · due <Timestamp iso={a.dueAt} />
              </span>
            </div>
            <ExpandableText value={a.statement} previewChars={240} />
          </article>
        ))}
      </CardBody>
    </Card>
  );
}
