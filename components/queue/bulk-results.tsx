import Link from "next/link";

import { Badge, type BadgeTone } from "@/components/ui/badge";
import { BoundedText } from "@/components/ui/bounded-text";
import type { BulkDecideResult, BulkOutcome } from "@/lib/cases/bulk-decide";

const OUTCOMES: Record<BulkOutcome, { label: string; tone: BadgeTone }> = {
  decided: { label: "decided", tone: "success" },
  conflict: { label: "conflict", tone: "warning" },
  forbidden: { label: "forbidden", tone: "danger" },
  error: { label: "error", tone: "danger" },
};

/** What happened to each case of a bulk decision: one case that changed meanwhile does not undo the others. */
export function BulkResults({
  result,
  numbers,
}: {
  result: BulkDecideResult;
  numbers: ReadonlyMap<string, number>;
}) {
  const decided = result.results.filter((r) => r.outcome === "decided").length;
  return (
    <div className="space-y-2">
      <p role="status" className="text-sm text-fg">
        {decided} of {result.requested} {result.requested === 1 ? "case" : "cases"} decided.{" "}
        <span className="text-xs text-fg-muted">
          Batch <span className="font-mono">{result.batchId}</span>
        </span>
        {result.truncated ? (
          <span className="text-xs text-tone-warning-fg"> Only the first 500 cases were decided.</span>
        ) : null}
      </p>
      <ul aria-label="Bulk decision results" className="space-y-1">
        {result.results.map((r) => {
          const number = numbers.get(r.caseId);
          const name = number === undefined ? `Case ${r.caseId}` : `Case ${number}`;
          return (
            <li
              key={r.caseId}
              aria-label={`${name}: ${OUTCOMES[r.outcome].label}`}
              className="flex min-w-0 items-center gap-2 text-xs"
            >
              <Link
                href={`/cases/${r.caseId}`}
                className="shrink-0 text-accent underline-offset-2 hover:underline"
              >
                {name}
              </Link>
              <Badge tone={OUTCOMES[r.outcome].tone}>{OUTCOMES[r.outcome].label}</Badge>
              {r.message ? (
                <BoundedText value={r.message} max={300} className="min-w-0 text-fg-muted" />
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
