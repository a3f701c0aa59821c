import { labelOf, SIGNAL_SOURCE_LABELS } from "@/components/cases/labels";
import { Badge } from "@/components/ui/badge";
import { BoundedText } from "@/components/ui/bounded-text";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { IntakeSourceStatus } from "@/lib/intake/status-queries";

const STAT_ORDER = ["fetched", "new", "duplicates", "errors"];

/** One row per intake source. Red appears only for a source whose last run failed: that is a real alert. */
export function IntakeTable({ rows }: { rows: IntakeSourceStatus[] }) {
  return (
    <Table caption="Intake sources" minWidthClass="min-w-[64rem]">
      <THead>
        <tr>
          <Th className="w-44">Source</Th>
          <Th className="w-52">State</Th>
          <Th className="w-28">Last run</Th>
          <Th className="w-28">Last success</Th>
          <Th className="w-24">Lag</Th>
          <Th>Last error</Th>
          <Th className="w-48">Totals</Th>
        </tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.source} className="align-top">
            <Td className="pt-2.5 font-medium">{labelOf(SIGNAL_SOURCE_LABELS, r.source)}</Td>
            <Td className="pt-2">
              {!r.available ? (
                <span className="flex min-w-0 flex-col gap-0.5">
                  <Badge tone="neutral" className="self-start">
                    Unavailable
                  </Badge>
                  <BoundedText
                    value={r.unavailableReason}
                    max={300}
                    lines={3}
                    className="text-xs text-fg-muted"
                  />
                </span>
              ) : r.failing ? (
                <Badge tone="danger">Failing</Badge>
              ) : r.lastSuccessAt ? (
                <Badge tone="success">Running</Badge>
              ) : (
                <Badge tone="neutral">Not run yet</Badge>
              )}
            </Td>
            <Td className="pt-2.5 text-fg-muted">
              {r.lastRunAt ? <RelativeTime value={r.lastRunAt} /> : "—"}
            </Td>
            <Td className="pt-2.5 text-fg-muted">
              {r.lastSuccessAt ? <RelativeTime value={r.lastSuccessAt} /> : "—"}
            </Td>
            <Td className="pt-2.5 text-fg-muted">
              {r.lastSuccessAt ? <RelativeTime value={r.lastSuccessAt} suffix={false} /> : "—"}
            </Td>
            <Td className="pt-2.5">
              {r.lastError ? (
                <span className="flex min-w-0 flex-col">
                  <BoundedText value={r.lastError} mono max={500} lines={3} className="text-xs" />
                  {r.lastErrorAt ? (
                    <RelativeTime value={r.lastErrorAt} className="text-xs text-fg-subtle" />
                  ) : null}
                </span>
              ) : (
                <span className="text-fg-subtle">None</span>
              )}
            </Td>
            <Td className="pt-2.5">
              <Totals stats={r.stats} />
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

function Totals({ stats }: { stats: Record<string, number> }) {
  const keys = Object.keys(stats).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  if (keys.length === 0) return <span className="text-fg-subtle">—</span>;
  return (
    <dl className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs">
      {keys.map((k) => (
        <div key={k} className="flex gap-1">
          <dt className="text-fg-muted">{k}</dt>
          <dd className="tabular">{stats[k]!.toLocaleString("en")}</dd>
        </div>
      ))}
    </dl>
  );
}

function rank(key: string): number {
  const i = STAT_ORDER.indexOf(key);
  return i === -1 ? STAT_ORDER.length : i;
}
