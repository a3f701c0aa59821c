"use client";

import { useId, useState } from "react";

import { CASE_STATUS_LABELS, QUEUE_STATUS_OPTIONS, type QueueStatus } from "@/components/cases/case-status";
import { CaseTable } from "@/components/cases/case-table";
import { PageHeader } from "@/components/shell/page-header";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { TableSkeleton } from "@/components/ui/skeleton";
import type { CaseListPage } from "@/lib/cases/schemas";
import { useCaseList } from "@/lib/query/hooks/use-case-list";
import type { CaseListFilters } from "@/lib/query/keys";
import { HttpError } from "@/lib/query/query-client";

export function QueuePageClient({
  initialStatus,
  initial,
}: {
  initialStatus: QueueStatus;
  initial?: { page: CaseListPage; fetchedAt: number; filters: CaseListFilters };
}) {
  const [status, setStatus] = useState<QueueStatus>(initialStatus);
  const query = useCaseList({ status }, initial);
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const statusSelectId = useId();

  function changeStatus(next: QueueStatus) {
    setStatus(next);
    // Keep the filter in the address (shareable, survives reload) without a server round trip.
    const url = new URL(window.location.href);
    if (next === "open") url.searchParams.delete("status");
    else url.searchParams.set("status", next);
    window.history.replaceState(null, "", url);
  }

  return (
    <>
      <PageHeader
        title="Queue"
        description="Cases waiting for a decision, highest priority first."
        actions={
          <>
            <label htmlFor={statusSelectId} className="text-xs text-fg-muted">
              Status
            </label>
            <select
              id={statusSelectId}
              value={status}
              onChange={(e) => changeStatus(e.target.value as QueueStatus)}
              className="h-8 rounded-md border border-line-strong bg-surface px-2 text-[0.8125rem] text-fg"
            >
              {QUEUE_STATUS_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            <Button
              size="sm"
              onClick={() => void query.refetch()}
              pending={query.isRefetching && !query.isFetchingNextPage}
            >
              Refresh
            </Button>
          </>
        }
      />
      <Card aria-label="Case queue" className="overflow-hidden">
        {query.isPending ? (
          <TableSkeleton columns={8} label="Loading cases" />
        ) : query.isError && !query.data ? (
          <LoadError error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        ) : items.length === 0 ? (
          <EmptyState
            title={
              status === "open" ? "No open cases." : `No cases with status “${CASE_STATUS_LABELS[status]}”.`
            }
          >
            {status === "open" ? "New reports appear here as intake pulls them from the homeserver." : null}
          </EmptyState>
        ) : (
          <>
            <div className={query.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}>
              <CaseTable items={items} busy={query.isPlaceholderData} />
            </div>
            <div className="flex h-12 items-center justify-between gap-3 border-t border-line px-4">
              <p className="text-xs text-fg-muted" aria-live="polite">
                {items.length === 1 ? "1 case" : `${items.length} cases`}
                {query.hasNextPage ? " shown" : ""}
              </p>
              {query.isFetchNextPageError ? (
                <p role="alert" className="text-xs text-fg">
                  {query.error instanceof HttpError && query.error.status === 401
                    ? "Your session has ended: reload the page to sign in again."
                    : "The next page could not be loaded."}
                </p>
              ) : null}
              {query.hasNextPage ? (
                <Button
                  size="sm"
                  onClick={() => void query.fetchNextPage()}
                  pending={query.isFetchingNextPage}
                >
                  {query.isFetchNextPageError ? "Try loading more again" : "Load more"}
                </Button>
              ) : (
                <span className="text-xs text-fg-subtle">End of the list</span>
              )}
            </div>
          </>
        )}
      </Card>
    </>
  );
}

function LoadError({ error, onRetry, retrying }: { error: Error; onRetry: () => void; retrying: boolean }) {
  const signedOut = error instanceof HttpError && error.status === 401;
  return (
    <div
      role="alert"
      className="flex min-h-48 flex-col items-center justify-center gap-3 px-6 py-10 text-center"
    >
      <p className="text-sm font-medium text-fg">The queue could not be loaded.</p>
      <p className="text-sm text-fg-muted">
        {error instanceof HttpError ? error.message : "Check your connection, then try again."}
      </p>
      {signedOut ? (
        <ButtonLink size="sm" variant="primary" href="/login?next=%2Fqueue">
          Sign in again
        </ButtonLink>
      ) : (
        <Button size="sm" onClick={onRetry} pending={retrying}>
          Try again
        </Button>
      )}
    </div>
  );
}
