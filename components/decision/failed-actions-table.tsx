import Link from "next/link";

import { BoundedText } from "@/components/ui/bounded-text";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { FailedActionItem } from "@/lib/enforcement/list-failed-actions";

import { RetryActionButton } from "./retry-action-button";

/** Failed enforcement actions with the case they belong to and Synapse's error; text from Synapse stays bounded. */
export function FailedActionsTable({ items }: { items: FailedActionItem[] }) {
  return (
    <Table caption="Failed enforcement actions" minWidthClass="min-w-[64rem]">
      <THead>
        <tr>
          <Th className="w-24">Case</Th>
          <Th className="w-48">Action</Th>
          <Th className="w-56">Target</Th>
          <Th className="w-20 text-right">Attempts</Th>
          <Th>Last error</Th>
          <Th className="w-28">Failed</Th>
          <Th className="w-40">
            <span className="sr-only">Retry</span>
          </Th>
        </tr>
      </THead>
      <TBody>
        {items.map((a) => (
          <Tr key={a.id} className="align-top" aria-label={`${a.kind} ${a.target}`}>
            <Td className="pt-2.5">
              <Link href={`/cases/${a.case.id}`} className="text-accent underline-offset-2 hover:underline">
                Case {a.case.number}
              </Link>
            </Td>
            <Td className="pt-2.5 font-mono text-xs">{a.kind}</Td>
            <Td className="pt-2.5">
              <BoundedText value={a.target} mono max={300} className="text-xs" />
            </Td>
            <Td className="pt-2.5 text-right tabular">{a.attempts}</Td>
            <Td className="pt-2.5">
              {a.lastError ? <BoundedText value={a.lastError} max={600} lines={3} className="text-xs text-tone-danger-fg" /> : "—"}
            </Td>
            <Td className="pt-2.5 text-xs">
              <RelativeTime value={a.failedAt} />
            </Td>
            <Td className="pt-1.5">
              <RetryActionButton actionId={a.id} label={`Retry ${a.kind} on ${a.target}`} />
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
