import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

/** A label/count table with a quiet proportion bar; the numbers carry the meaning, the bar only helps scanning. */
export function CountTable({
  caption,
  labelHeader,
  rows,
  total,
}: {
  caption: string;
  labelHeader: string;
  rows: { key: string; label: string; count: number }[];
  total: number;
}) {
  return (
    <Table caption={caption} minWidthClass="min-w-[18rem]">
      <THead>
        <tr>
          <Th>{labelHeader}</Th>
          <Th className="w-20 text-right">Count</Th>
          <Th className="w-32">
            <span className="sr-only">Share</span>
          </Th>
        </tr>
      </THead>
      <TBody>
        {rows.map((r) => {
          const share = total > 0 ? r.count / total : 0;
          return (
            <Tr key={r.key}>
              <Td>{r.label}</Td>
              <Td className="text-right tabular">{r.count.toLocaleString("en")}</Td>
              <Td>
                <span className="flex items-center gap-2" title={`${Math.round(share * 100)}%`}>
                  <span aria-hidden="true" className="h-1.5 flex-1 overflow-hidden rounded-full bg-surface-3">
                    <span
                      className="block h-full rounded-full bg-accent"
                      style={{ width: `${Math.round(share * 100)}%` }}
                    />
                  </span>
                  <span className="w-9 text-right text-xs text-fg-muted tabular">
                    {Math.round(share * 100)}%
                  </span>
                </span>
              </Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}

export function StatTile({
  label,
  value,
  detail,
}: {
  label: string;
  value: React.ReactNode;
  detail?: React.ReactNode;
}) {
  return (
    <div className="rounded-lg border border-line bg-surface px-4 py-3">
      <dt className="text-xs text-fg-muted">{label}</dt>
      <dd className="mt-1 text-xl font-semibold tracking-tight text-fg tabular">{value}</dd>
      {detail ? <dd className="mt-0.5 h-4 text-xs text-fg-subtle">{detail}</dd> : null}
    </div>
  );
}
