import Link from "next/link";

import { CaseStatusBadge } from "@/components/cases/case-status";
import { SubjectLabel } from "@/components/cases/subject-label";
import { Card, CardHeader } from "@/components/ui/card";
import type { RelatedCase } from "@/lib/cases/get-case-detail";

const RELATION_LABEL = { sender: "Same sender", room: "Same room" } as const;

/** Other open cases about the same sender or room (bounded), so related abuse is handled together. */
export function RelatedCases({ cases }: { cases: RelatedCase[] }) {
  const open = cases.filter((c): c is RelatedCase & { relation: "sender" | "room" } => c.relation !== "earlier");
  return (
    <Card aria-labelledby="related-title">
      <CardHeader titleId="related-title" title="Other open cases" description="About the same sender or room." />
      {open.length === 0 ? (
        <p className="px-4 py-3 text-sm text-fg-muted">None.</p>
      ) : (
        <ul className="divide-y divide-line">
          {open.map((c) => (
            <li key={c.id} className="flex min-w-0 flex-col gap-1 px-4 py-2 text-sm">
              <div className="flex items-center gap-2">
                <Link href={`/cases/${c.id}`} className="font-medium text-accent hover:underline">
                  Case {c.number}
                </Link>
                <CaseStatusBadge status={c.status} />
                <span className="text-xs text-fg-muted">{RELATION_LABEL[c.relation]}</span>
              </div>
              <SubjectLabel kind={c.subject.kind} subjectKey={c.subject.key} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
