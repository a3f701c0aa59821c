"use client";

import { useQuery } from "@tanstack/react-query";

import { Badge } from "@/components/ui/badge";
import { BoundedText } from "@/components/ui/bounded-text";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { EvidenceListItem } from "@/lib/evidence/list-evidence";
import { fetchJson } from "@/lib/query/fetch-json";

import { decisionKeys } from "./decision-keys";
import { EvidenceDownload } from "./evidence-download";
import { EVIDENCE_KIND_LABELS, evidenceOmissions, evidenceSize } from "./evidence-text";

type EvidenceResponse = { caseId: string; items: EvidenceListItem[] };

/**
 * The case's evidence snapshots: what was kept before each destructive action, its hash, how long it is kept and
 * what is missing. Loaded in the browser under the case's query key, so recording a decision refreshes it.
 */
export function EvidenceTable({ caseId, canDownload }: { caseId: string; canDownload: boolean }) {
  const query = useQuery({
    queryKey: decisionKeys.evidence(caseId),
    queryFn: ({ signal }) =>
      fetchJson<EvidenceResponse>(`/api/v1/cases/${encodeURIComponent(caseId)}/evidence`, signal),
  });
  const items = query.data?.items ?? [];
  const downloadable = canDownload && items.some((i) => i.contentBytes > 0);
  return (
    <Card aria-labelledby="evidence-title">
      <CardHeader
        titleId="evidence-title"
        title={query.data ? `Evidence snapshots (${items.length})` : "Evidence snapshots"}
        description="Taken automatically before destructive actions, so what was removed can still be shown."
      />
      <CardBody className="space-y-3 p-0">
        {query.isPending ? (
          <p className="px-4 py-3 text-sm text-fg-muted">Loading the evidence…</p>
        ) : query.isError ? (
          <p role="alert" className="px-4 py-3 text-sm text-tone-danger-fg">
            {query.error.message}
          </p>
        ) : items.length === 0 ? (
          <p className="px-4 py-3 text-sm text-fg-muted">
            No snapshots: no destructive action has been decided on this case.
          </p>
        ) : (
          <>
            {downloadable ? (
              <p
                role="note"
                className="mx-4 mt-3 rounded-md bg-tone-warning-bg px-3 py-2 text-xs text-tone-warning-fg"
              >
                A download is the original file, unblurred: it exposes you to it like a reveal, counts against
                your daily budget and is recorded in the audit log. Open it only in a safe environment.
              </p>
            ) : null}
            <Table caption="Evidence snapshots" minWidthClass="min-w-[56rem]">
              <THead>
                <tr>
                  <Th className="w-24">Kind</Th>
                  <Th className="w-56">Subject</Th>
                  <Th className="w-40">SHA-256</Th>
                  <Th className="w-28">Size</Th>
                  <Th className="w-28">Kept until</Th>
                  <Th>Not kept</Th>
                  {canDownload ? (
                    <Th className="w-28">
                      <span className="sr-only">Download</span>
                    </Th>
                  ) : null}
                </tr>
              </THead>
              <TBody>
                {items.map((item) => (
                  <EvidenceRow key={item.id} caseId={caseId} item={item} canDownload={canDownload} />
                ))}
              </TBody>
            </Table>
          </>
        )}
      </CardBody>
    </Card>
  );
}

function EvidenceRow({
  caseId,
  item,
  canDownload,
}: {
  caseId: string;
  item: EvidenceListItem;
  canDownload: boolean;
}) {
  const omissions = evidenceOmissions(item);
  const label = EVIDENCE_KIND_LABELS[item.kind] ?? item.kind;
  return (
    <Tr className="align-top" aria-label={`${label} ${item.subjectKey}`}>
      <Td className="pt-2.5">
        <Badge tone={item.kind === "capture_error" ? "warning" : "neutral"}>{label}</Badge>
      </Td>
      <Td className="pt-2.5">
        <BoundedText value={item.subjectKey} mono max={300} className="text-xs" />
      </Td>
      <Td className="pt-2.5">
        <span className="font-mono text-xs break-all" title={item.sha256}>
          {item.sha256.slice(0, 16)}…
        </span>
      </Td>
      <Td className="pt-2.5 text-xs">{evidenceSize(item)}</Td>
      <Td className="pt-2.5 text-xs">
        {item.retainUntil ? <RelativeTime value={item.retainUntil} /> : "no limit"}
      </Td>
      <Td className="pt-2.5 text-xs text-fg-muted">
        {omissions.length ? (
          <ul className="space-y-0.5">
            {omissions.map((o) => (
              <li key={o}>
                <BoundedText value={o} max={400} lines={2} />
              </li>
            ))}
          </ul>
        ) : (
          "—"
        )}
      </Td>
      {canDownload ? (
        <Td className="pt-1.5">
          {item.contentBytes > 0 ? (
            <EvidenceDownload
              caseId={caseId}
              snapshotId={item.id}
              label={`Download the kept bytes of ${item.subjectKey}`}
            />
          ) : null}
        </Td>
      ) : null}
    </Tr>
  );
}
