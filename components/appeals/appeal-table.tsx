import { APPEAL_OUTCOME_LABELS, APPEAL_STATUS_LABELS } from "@/components/cases/labels";
import { Badge } from "@/components/ui/badge";
import { BoundedText } from "@/components/ui/bounded-text";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { AppealListItem } from "@/lib/appeals/list-appeals";

/** Appeals as a table. `mode` picks the time columns: deadlines for waiting appeals, outcomes for decided ones. */
export function AppealTable({
  caption,
  items,
  mode,
}: {
  caption: string;
  items: AppealListItem[];
  mode: "waiting" | "recent";
}) {
  return (
    <Table caption={caption} minWidthClass="min-w-[64rem]">
      <THead>
        <tr>
          <Th className="w-20">Case</Th>
          <Th className="w-64">Appellant</Th>
          <Th>Statement</Th>
          <Th className="w-28">Status</Th>
          {mode === "waiting" ? (
            <>
              <Th className="w-28">Filed</Th>
              <Th className="w-28">Due</Th>
              <Th className="w-48">Assigned to</Th>
            </>
          ) : (
            <>
              <Th className="w-28">Outcome</Th>
              <Th className="w-28">Decided</Th>
            </>
          )}
        </tr>
      </THead>
      <TBody>
        {items.map((a) => {
          return (
            <Tr key={a.id}>
              <Td className="font-mono text-fg-muted tabular">{a.caseNumber}</Td>
              <Td>
                <BoundedText value={a.appellantMxid} mono max={200} />
              </Td>
              <Td>
                <span className="flex min-w-0 items-center gap-2">
                  <BoundedText value={a.statementExcerpt} max={200} className="min-w-0 text-fg-muted" />
                  {a.childSafety ? <Badge tone="special">Child safety</Badge> : null}
                </span>
              </Td>
              <Td>
                <Badge tone={a.status === "IN_REVIEW" ? "info" : "neutral"}>
                  {APPEAL_STATUS_LABELS[a.status]}
                </Badge>
              </Td>
              {mode === "waiting" ? (
                <>
                  <Td className="text-fg-muted">
                    <RelativeTime value={a.filedAt} />
                  </Td>
                  <Td>
                    {a.overdue ? (
                      <Badge tone="warning" title={`Was due ${a.dueAt}`}>
                        Overdue
                      </Badge>
                    ) : (
                      <RelativeTime value={a.dueAt} className="text-fg-muted" />
                    )}
                  </Td>
                  <Td>
                    {a.assignedTo ? (
                      <BoundedText value={a.assignedTo.displayName || a.assignedTo.mxid} max={120} />
                    ) : (
                      <span className="text-fg-subtle">Unassigned</span>
                    )}
                  </Td>
                </>
              ) : (
                <>
                  <Td>
                    {a.outcome ? APPEAL_OUTCOME_LABELS[a.outcome] : <span className="text-fg-subtle">—</span>}
                  </Td>
                  <Td className="text-fg-muted">
                    {a.decidedAt ? <RelativeTime value={a.decidedAt} /> : "—"}
                  </Td>
                </>
              )}
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
