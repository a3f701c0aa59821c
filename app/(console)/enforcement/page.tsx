import type { Metadata } from "next";

import { FailedActionsTable } from "@/components/decision/failed-actions-table";
import { PageHeader } from "@/components/shell/page-header";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireReviewer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listFailedActions } from "@/lib/enforcement/list-failed-actions";

export const metadata: Metadata = { title: "Failed actions" };

// The leads' view of what did not happen on Synapse: newest failure first, with Synapse's own error, and a retry.
export default async function FailedActionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const reviewer = await requireReviewer("enforcement.retry");
  const raw = (await searchParams).cursor;
  const cursor = typeof raw === "string" && raw.length <= 400 ? raw : undefined;
  const { items, nextCursor } = await listFailedActions(db(), reviewer, { cursor, limit: 50 });
  return (
    <>
      <PageHeader
        title="Failed actions"
        description="Enforcement actions Synapse did not carry out, after their retries ran out or on an error that retrying cannot fix. Fix the cause, then retry."
      />
      <Card aria-label="Failed enforcement actions" className="overflow-hidden">
        {items.length === 0 ? (
          <EmptyState title={cursor ? "No older failures." : "Nothing has failed."}>
            {cursor ? null : "Every enforcement action so far was carried out or is still on its way."}
          </EmptyState>
        ) : (
          <FailedActionsTable items={items} />
        )}
        <nav aria-label="Failed actions pages" className="flex h-12 items-center justify-end gap-2 border-t border-line px-4">
          {cursor ? (
            <ButtonLink href="/enforcement" size="sm">
              Newest
            </ButtonLink>
          ) : null}
          {nextCursor ? (
            <ButtonLink href={`/enforcement?cursor=${encodeURIComponent(nextCursor)}`} size="sm">
              Older failures
            </ButtonLink>
          ) : null}
        </nav>
      </Card>
    </>
  );
}
