import { CaseStatusBadge } from "@/components/cases/case-status";
import { SubjectLabel } from "@/components/cases/subject-label";
import { Badge } from "@/components/ui/badge";
import type { CaseDetail } from "@/lib/cases/get-case-detail";

import { ClaimBar } from "./claim-bar";
import { InertText } from "./inert-text";
import { MatrixLink } from "./matrix-link";
import { Timestamp } from "./timestamp";

/** The case at a glance: number, status, subject, priority, suggested harm, and the claim bar (who holds it, actions). */
export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const { subject } = detail;
  return (
    <header className="min-w-0 space-y-2 pb-4">
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-lg font-semibold tracking-tight text-fg">Case {detail.number}</h1>
        <CaseStatusBadge status={detail.status} />
        {detail.childSafety ? <Badge tone="danger">Child safety</Badge> : null}
        <Badge title="Computed from severity, reporters and age">Priority {detail.priority}</Badge>
        {detail.severity ? <Badge tone={detail.severity >= 4 ? "danger" : "warning"}>Severity {detail.severity}</Badge> : null}
        {detail.suggestedPolicy ? <Badge tone="special">Suggested: {detail.suggestedPolicy.label}</Badge> : null}
      </div>
      <div className="flex min-w-0 flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <span className="min-w-0 max-w-full">
          <SubjectLabel kind={subject.kind} subjectKey={subject.key} isLocal={subject.isLocal} />
        </span>
        <span className="text-xs text-fg-muted">
          opened <Timestamp iso={detail.openedAt} /> · {detail.signalCount} signal{detail.signalCount === 1 ? "" : "s"} from{" "}
          {detail.reporterCount} reporter{detail.reporterCount === 1 ? "" : "s"}
        </span>
      </div>
      <ClaimBar detail={detail} />
      {/* Events carry their own deep link in the content card; users and rooms get theirs here. */}
      {subject.kind === "USER" || subject.kind === "ROOM" ? <MatrixLink id={subject.key} /> : null}
      {detail.statusNote ? (
        <p className="text-sm text-fg-muted">
          Note: <InertText value={detail.statusNote} />
        </p>
      ) : null}
    </header>
  );
}
