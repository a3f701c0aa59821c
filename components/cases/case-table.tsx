import { Badge } from "@/components/ui/badge";
import { BoundedText } from "@/components/ui/bounded-text";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { CaseListItem } from "@/lib/cases/schemas";

import { CaseStatusBadge } from "./case-status";
import { SubjectLabel } from "./subject-label";

/** The queue's table. Every string from outside (ids, names) goes through BoundedText: plain, isolated, bounded. */
export function CaseTable({ items, busy }: { items: CaseListItem[]; busy?: boolean }) {
  return (
    <Table caption="Cases" aria-busy={busy || undefined} minWidthClass="min-w-[64rem]">
      <THead>
        <tr>
          <Th className="w-20">#</Th>
          <Th>Subject</Th>
          <Th className="w-32">Status</Th>
          <Th className="w-20 text-right">Priority</Th>
          <Th className="w-20 text-right">Reports</Th>
          <Th className="w-24 text-right">Reporters</Th>
          <Th className="w-24">Age</Th>
          <Th className="w-52">Claimed by</Th>
        </tr>
      </THead>
      <TBody>
        {items.map((item) => (
          <Tr key={item.id}>
            <Td className="font-mono text-fg-muted tabular">{item.number}</Td>
            <Td>
              <span className="flex min-w-0 items-center gap-2">
                <SubjectLabel
                  kind={item.subject.kind}
                  subjectKey={item.subject.key}
                  isLocal={item.subject.isLocal}
                />
                {item.childSafety ? (
                  <Badge tone="special" title="Child-safety case: routed to qualified reviewers only">
                    Child safety
                  </Badge>
                ) : null}
              </span>
            </Td>
            <Td>
              <CaseStatusBadge status={item.status} />
            </Td>
            <Td className="text-right tabular">{item.priority}</Td>
            <Td className="text-right tabular">{item.signalCount}</Td>
            <Td className="text-right tabular">{item.reporterCount}</Td>
            <Td className="text-fg-muted">
              <RelativeTime value={item.openedAt} suffix={false} />
            </Td>
            <Td>
              {item.claimedBy ? (
                <BoundedText
                  value={item.claimedBy.displayName || item.claimedBy.mxid}
                  max={120}
                  className="text-fg-muted"
                />
              ) : (
                <span className="text-fg-subtle">Unclaimed</span>
              )}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
