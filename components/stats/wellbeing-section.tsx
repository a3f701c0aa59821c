import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { WellbeingOverview } from "@/lib/settings/wellbeing-overview";

const n = (v: number) => v.toLocaleString("en");

/**
 * Exposure per reviewer, for leads to look after their team. Alphabetical and unranked on purpose: this is not a
 * productivity table, and the wording is about checking in, not about who did most.
 */
export function WellbeingSection({ overview }: { overview: WellbeingOverview }) {
  const reached = overview.rows.filter((r) => r.budgetReached).length;
  return (
    <Card aria-labelledby="stats-wellbeing" className="mt-5">
      <CardHeader
        titleId="stats-wellbeing"
        title="Reviewer wellbeing"
        description={
          reached === 0
            ? "Media each reviewer has seen, today (UTC) and over the last 7 days. Nobody has reached today's reveal budget."
            : `Media each reviewer has seen, today (UTC) and over the last 7 days. ${reached === 1 ? "One person has" : `${reached} people have`} reached today's reveal budget: a good moment to check in.`
        }
      />
      {overview.rows.length === 0 ? (
        <EmptyState title="No reviewers yet." />
      ) : (
        <Table caption="Media exposure per reviewer, alphabetical" minWidthClass="min-w-[48rem]">
          <THead>
            <tr>
              <Th>Reviewer</Th>
              <Th className="w-28 text-right">Reveals today</Th>
              <Th className="w-28 text-right">Previews today</Th>
              <Th className="w-28 text-right">Reveals, 7 days</Th>
              <Th className="w-28 text-right">Previews, 7 days</Th>
              <Th className="w-44">Today&apos;s budget</Th>
            </tr>
          </THead>
          <TBody>
            {overview.rows.map((r) => (
              <Tr key={r.reviewerId}>
                <Td>
                  {r.displayName ? <span className="text-fg">{r.displayName} </span> : null}
                  <span className="font-mono text-xs text-fg-muted">{r.mxid}</span>
                </Td>
                <Td className="text-right tabular">{n(r.today.reveals)}</Td>
                <Td className="text-right tabular">{n(r.today.previews)}</Td>
                <Td className="text-right tabular">{n(r.week.reveals)}</Td>
                <Td className="text-right tabular">{n(r.week.previews)}</Td>
                <Td>
                  <span className="tabular">
                    {n(r.today.reveals)} of {n(r.budget)}
                  </span>{" "}
                  {r.budgetReached ? <Badge tone="warning">Budget reached</Badge> : null}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
