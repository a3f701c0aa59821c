import Link from "next/link";

import { CaseStatusBadge } from "@/components/cases/case-status";
import { SIGNAL_SOURCE_LABELS, labelOf } from "@/components/cases/labels";
import { SubjectLabel } from "@/components/cases/subject-label";
import { Badge } from "@/components/ui/badge";
import { BoundedText } from "@/components/ui/bounded-text";
import { cn } from "@/components/ui/cn";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { CaseListItem } from "@/lib/cases/schemas";

import { HarmLabel } from "./harm-label";
import { QueueAge } from "./queue-age";

export const rowLinkId = (caseId: string) => `queue-case-${caseId}`;

/** Row selection for bulk decisions (components/queue/bulk-*); absent for roles without `case.bulk_decide`. */
export type QueueBulkProps = {
  isChecked: (id: string) => boolean;
  onToggle: (item: CaseListItem) => void;
  renderMenu: (item: CaseListItem) => React.ReactNode;
};

/**
 * The queue's table: source, subject, harm, reports, priority, age with SLA badges, claim state, and a keyboard selection.
 * The selected row's case link is what j/k focus, so the selection is the focus ring, and Enter on it opens the
 * case natively. Every outside string goes through BoundedText / SubjectLabel.
 */
export function QueueTable({
  items,
  selectedId,
  viewerId,
  now,
  busy,
  onSelect,
  bulk,
}: {
  items: CaseListItem[];
  selectedId: string | null;
  viewerId: string;
  now: number;
  busy?: boolean;
  onSelect: (id: string) => void;
  bulk?: QueueBulkProps;
}) {
  return (
    <Table caption="Cases" aria-busy={busy || undefined} minWidthClass="min-w-[72rem]">
      <THead>
        <tr>
          {bulk ? (
            <Th className="w-10">
              <span className="sr-only">Selected for a bulk decision</span>
            </Th>
          ) : null}
          <Th className="w-20">#</Th>
          <Th className="w-36">Source</Th>
          <Th>Subject</Th>
          <Th className="w-40">Harm</Th>
          <Th className="w-20 text-right">Reports</Th>
          <Th className="w-20 text-right">Priority</Th>
          <Th className="w-36">Age</Th>
          <Th className="w-52">Status</Th>
          {bulk ? (
            <Th className="w-12">
              <span className="sr-only">Bulk options</span>
            </Th>
          ) : null}
        </tr>
      </THead>
      <TBody>
        {items.map((item) => {
          const selected = item.id === selectedId;
          return (
            <Tr
              key={item.id}
              data-selected={selected || undefined}
              onClick={() => onSelect(item.id)}
              className={cn(selected && "bg-surface-3 shadow-[inset_3px_0_0_var(--color-accent)] hover:bg-surface-3")}
            >
              {bulk ? (
                <Td onClick={(e) => e.stopPropagation()}>
                  <input
                    type="checkbox"
                    checked={bulk.isChecked(item.id)}
                    onChange={() => bulk.onToggle(item)}
                    aria-label={`Select case ${item.number} for a bulk decision`}
                    className="size-4 accent-accent"
                  />
                </Td>
              ) : null}
              <Td className="font-mono tabular">
                <Link
                  id={rowLinkId(item.id)}
                  href={`/cases/${item.id}`}
                  onFocus={() => onSelect(item.id)}
                  aria-current={selected ? "true" : undefined}
                  className="rounded text-fg underline-offset-2 hover:underline"
                >
                  <span className="sr-only">Case </span>
                  {item.number}
                </Link>
              </Td>
              <Td className="truncate text-fg-muted">{item.source ? labelOf(SIGNAL_SOURCE_LABELS, item.source) : "—"}</Td>
              <Td>
                <span className="flex min-w-0 items-center gap-2">
                  <SubjectLabel kind={item.subject.kind} subjectKey={item.subject.key} isLocal={item.subject.isLocal} />
                  {item.childSafety ? (
                    <Badge tone="special" title="Child-safety case: routed to qualified reviewers only">
                      Child safety
                    </Badge>
                  ) : null}
                </span>
              </Td>
              <Td>
                <HarmLabel policyId={item.suggestedPolicyId} />
              </Td>
              <Td className="text-right tabular">{item.signalCount}</Td>
              <Td className="text-right tabular">{item.priority}</Td>
              <Td>
                <QueueAge openedAt={item.openedAt} now={now} />
              </Td>
              <Td>
                <span className="flex min-w-0 items-center gap-2">
                  {item.status === "OPEN" ? null : <CaseStatusBadge status={item.status} />}
                  <ClaimLabel item={item} viewerId={viewerId} />
                </span>
              </Td>
              {bulk ? <Td className="overflow-visible">{bulk.renderMenu(item)}</Td> : null}
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}

function ClaimLabel({ item, viewerId }: { item: CaseListItem; viewerId: string }) {
  if (!item.claimedBy) return <span className="text-fg-subtle">Unclaimed</span>;
  if (item.claimedBy.id === viewerId) return <Badge tone="info">In review by you</Badge>;
  return (
    <span className="flex min-w-0 items-center gap-1 text-fg-muted">
      <span className="shrink-0">In review by</span>
      <BoundedText value={item.claimedBy.displayName || item.claimedBy.mxid} max={120} className="min-w-0" />
    </span>
  );
}
