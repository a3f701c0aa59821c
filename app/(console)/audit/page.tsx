import type { Metadata } from "next";

import { AuditTable } from "@/components/audit/audit-table";
import { PageHeader } from "@/components/shell/page-header";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { listAuditEvents, parseSeqCursor } from "@/lib/audit/queries";
import { requireReviewer } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Audit" };

const PAGE_SIZE = 50;

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireReviewer("audit.read");
  const beforeSeq = parseSeqCursor((await searchParams).before);
  const { items, nextBeforeSeq } = await listAuditEvents({ beforeSeq, limit: PAGE_SIZE });
  const first = items[0]?.seq;
  const last = items.at(-1)?.seq;

  return (
    <>
      <PageHeader
        title="Audit"
        description="Every change of state and every media reveal, newest first. Rows are chained by hash, so edits are detectable."
      />
      <Card aria-label="Audit log" className="overflow-hidden">
        {items.length === 0 ? (
          <EmptyState title={beforeSeq === undefined ? "No audit events yet." : "No older events."}>
            {beforeSeq === undefined
              ? "Sign-ins, decisions and other changes are recorded here as they happen."
              : null}
          </EmptyState>
        ) : (
          <AuditTable items={items} />
        )}
        <nav
          aria-label="Audit log pages"
          className="flex h-12 items-center justify-between gap-3 border-t border-line px-4"
        >
          <p className="text-xs text-fg-muted">{first && last ? `Events ${last}–${first}` : "\u00a0"}</p>
          <div className="flex gap-2">
            {beforeSeq !== undefined ? (
              <ButtonLink href="/audit" size="sm">
                Newest
              </ButtonLink>
            ) : null}
            {nextBeforeSeq ? (
              <ButtonLink href={`/audit?before=${nextBeforeSeq}`} size="sm">
                Older events
              </ButtonLink>
            ) : (
              <span className="text-xs text-fg-subtle">Start of the log</span>
            )}
          </div>
        </nav>
      </Card>
    </>
  );
}
