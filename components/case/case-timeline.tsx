/**
 * The case's story from the audit log, for leads (audit.read): who did what and when, newest last. A server
 * component like DecisionSlot: it checks the permission itself and renders nothing for other roles, so the page
 * can mount it unconditionally. Summaries are plain text (React escapes them); the full rows live on /audit.
 */
import Link from "next/link";

import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireReviewer } from "@/lib/auth/session";
import { getCaseTimeline } from "@/lib/cases/get-case-timeline";

import { Timestamp } from "./timestamp";

export async function CaseTimeline({ caseId }: { caseId: string }) {
  const reviewer = await requireReviewer("case.read");
  if (!can(reviewer, "audit.read")) return null;
  const { events, omitted } = await getCaseTimeline(reviewer, caseId);
  return (
    <Card aria-labelledby="timeline-title">
      <CardHeader titleId="timeline-title" title="Timeline" description="This case's audit events, newest last." />
      <CardBody className="space-y-2">
        {omitted ? (
          <p className="text-xs text-fg-muted">
            {omitted} earlier event{omitted === 1 ? "" : "s"} not shown; see the <Link href="/audit" className="underline">audit log</Link>.
          </p>
        ) : null}
        {events.length === 0 ? <p className="text-sm text-fg-muted">No audit events about this case yet.</p> : null}
        <ol className="space-y-2" aria-label="Audit events about this case">
          {events.map((e) => (
            <li key={e.seq} className="min-w-0 border-l-2 border-line pl-3 text-xs" data-audit-type={e.type}>
              <p className="break-words text-fg">{e.summary}</p>
              <p className="text-fg-muted">
                <span className="font-mono">{e.type}</span> · <span className="break-all">{e.actorName ?? e.actorLabel}</span> ·{" "}
                <Timestamp iso={e.createdAt} />
              </p>
            </li>
          ))}
        </ol>
      </CardBody>
    </Card>
  );
}
