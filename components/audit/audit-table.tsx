import { BoundedText } from "@/components/ui/bounded-text";
import { RelativeTime } from "@/components/ui/relative-time";
import { formatUtc } from "@/components/ui/time-format";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { AuditEventRow } from "@/lib/audit/queries";

/**
 * The audit log, newest first. Data is shown as JSON text in a collapsed <pre>: values may include text from
 * outside (usernames typed at the login form), so it is only ever a text node.
 */
export function AuditTable({ items }: { items: AuditEventRow[] }) {
  return (
    <Table caption="Audit events" minWidthClass="min-w-[68rem]">
      <THead>
        <tr>
          <Th className="w-20 text-right">Seq</Th>
          <Th className="w-44">Time (UTC)</Th>
          <Th className="w-56">Type</Th>
          <Th className="w-48">Actor</Th>
          <Th className="w-48">Target</Th>
          <Th>Data</Th>
        </tr>
      </THead>
      <TBody>
        {items.map((e) => (
          <Tr key={e.seq} className="align-top">
            <Td className="pt-2.5 text-right font-mono text-fg-muted tabular">{e.seq}</Td>
            <Td className="pt-2.5">
              <span className="block font-mono text-xs tabular">
                {formatUtc(new Date(e.createdAt)).slice(0, 19)}
              </span>
              <RelativeTime value={e.createdAt} className="block text-xs text-fg-subtle" />
            </Td>
            <Td className="pt-2.5">
              <BoundedText value={e.type} mono max={80} className="text-xs" />
            </Td>
            <Td className="pt-2.5">
              <BoundedText value={e.actorLabel} mono max={200} className="text-xs" />
            </Td>
            <Td className="pt-2.5">
              {e.targetType || e.targetId ? (
                <span className="flex min-w-0 gap-1.5 text-xs">
                  {e.targetType ? <span className="shrink-0 text-fg-muted">{e.targetType}</span> : null}
                  <BoundedText value={e.targetId} mono max={120} className="min-w-0" />
                </span>
              ) : (
                <span className="text-fg-subtle">—</span>
              )}
            </Td>
            <Td className="py-1.5">
              <details className="group min-w-0">
                <summary className="flex h-7 cursor-pointer list-none items-center gap-1.5 rounded text-xs text-fg-muted hover:text-fg [&::-webkit-details-marker]:hidden">
                  <svg
                    aria-hidden="true"
                    viewBox="0 0 12 12"
                    className="size-3 shrink-0 transition-transform group-open:rotate-90"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="1.5"
                  >
                    <path d="M4.5 2.5 8 6l-3.5 3.5" />
                  </svg>
                  <span dir="auto" className="min-w-0 truncate font-mono bidi-isolate">
                    {e.dataSummary}
                  </span>
                </summary>
                <pre className="mt-1 mb-1 max-h-80 overflow-auto rounded-md border border-line bg-surface-2 p-2.5 font-mono text-xs leading-relaxed whitespace-pre-wrap break-all text-fg">
                  {e.dataJson}
                  {e.dataTruncated ? "\n… (cut: the full data is in the database)" : ""}
                </pre>
                {e.ipAddress || e.userAgent ? (
                  <dl className="mb-1 grid grid-cols-[auto_1fr] gap-x-3 text-xs text-fg-muted">
                    {e.ipAddress ? (
                      <>
                        <dt>IP address</dt>
                        <dd className="font-mono">{e.ipAddress}</dd>
                      </>
                    ) : null}
                    {e.userAgent ? (
                      <>
                        <dt>User agent</dt>
                        <dd className="min-w-0">
                          <BoundedText value={e.userAgent} max={300} />
                        </dd>
                      </>
                    ) : null}
                  </dl>
                ) : null}
              </details>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
