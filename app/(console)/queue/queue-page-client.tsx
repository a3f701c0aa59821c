"use client";

import { useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";

import { useBulkSelection } from "@/components/decision/use-bulk-selection";
import { BulkDecisionPanel } from "@/components/queue/bulk-decision-panel";
import { BulkRowMenu } from "@/components/queue/bulk-row-menu";
import { NextCaseButton } from "@/components/queue/next-case-button";
import { QueueFiltersBar } from "@/components/queue/queue-filters-bar";
import { QueueTable } from "@/components/queue/queue-table";
import { useQueueSelection } from "@/components/queue/use-queue-selection";
import { PageHeader } from "@/components/shell/page-header";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Kbd } from "@/components/ui/kbd";
import { TableSkeleton } from "@/components/ui/skeleton";
import { parseQueueFilters, type QueueFilters, queueFiltersToSearchParams } from "@/lib/cases/queue-filters";
import type { CaseListPage } from "@/lib/cases/schemas";
import { useCaseList } from "@/lib/query/hooks/use-case-list";
import { useQueueCounts } from "@/lib/query/hooks/use-queue-counts";
import { HttpError } from "@/lib/query/query-client";

export function QueuePageClient({
  viewerId,
  canClaim,
  initial,
}: {
  viewerId: string;
  canClaim: boolean;
  initial?: { page: CaseListPage; fetchedAt: number; filters: QueueFilters };
}) {
  // The URL is the source of truth for the view: a copied link or a reload shows the same queue.
  const searchParams = useSearchParams();
  const filters = useMemo(() => parseQueueFilters(searchParams), [searchParams]);
  const query = useCaseList(filters, initial);
  const counts = useQueueCounts();
  const items = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const { selectedId, select } = useQueueSelection(items.map((i) => i.id));
  // Bulk decisions (leads and admins): ticked rows, `x` on the selected row, a row menu, the panel below the table.
  const bulk = useBulkSelection(items.find((i) => i.id === selectedId) ?? null);
  const [bulkMessage, setBulkMessage] = useState("");

  function changeFilters(change: Partial<QueueFilters>) {
    const params = queueFiltersToSearchParams({ ...filters, ...change });
    // Next's router picks up history.replaceState (useSearchParams updates) without a server round trip.
    window.history.replaceState(null, "", params.size ? `?${params}` : window.location.pathname);
  }

  return (
    <>
      <PageHeader
        title="Queue"
        description={
          <>
            Cases waiting for a decision. <Kbd>j</Kbd> <Kbd>k</Kbd> to move, <Kbd>Enter</Kbd> to open, <Kbd>?</Kbd> for all
            shortcuts.
          </>
        }
        actions={
          <>
            <Button size="sm" onClick={() => void query.refetch()} pending={query.isRefetching && !query.isFetchingNextPage}>
              Refresh
            </Button>
            {canClaim ? <NextCaseButton /> : null}
          </>
        }
      />
      <QueueFiltersBar key={searchParams.toString()} filters={filters} counts={counts.data} onChange={changeFilters} />
      <Card aria-label="Case queue" className="overflow-hidden">
        {query.isPending ? (
          <TableSkeleton columns={8} label="Loading cases" />
        ) : query.isError && !query.data ? (
          <LoadError error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        ) : items.length === 0 ? (
          <EmptyState title="No cases match this view.">
            {filters.status === "open" ? "New reports appear here as intake pulls them from the homeserver." : null}
          </EmptyState>
        ) : (
          <>
            <div className={query.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}>
              <QueueTable
                items={items}
                selectedId={selectedId}
                viewerId={viewerId}
                now={query.dataUpdatedAt}
                busy={query.isPlaceholderData}
                onSelect={select}
                bulk={
                  bulk.enabled
                    ? { isChecked: bulk.isChecked, onToggle: bulk.toggle, renderMenu: (item) => <BulkRowMenu item={item} selection={bulk} onSelected={setBulkMessage} /> }
                    : undefined
                }
              />
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
                <Button size="sm" onClick={() => void query.fetchNextPage()} pending={query.isFetchingNextPage}>
                  {query.isFetchNextPageError ? "Try loading more again" : "Load more"}
                </Button>
              ) : (
                <span className="text-xs text-fg-subtle">End of the list</span>
              )}
            </div>
          </>
        )}
      </Card>
      {bulk.enabled ? (
        <>
          <p role="status" className="mt-2 text-xs text-fg-muted">
            {bulkMessage}
          </p>
          <BulkDecisionPanel selection={bulk} />
        </>
      ) : null}
    </>
  );
}

function LoadError({ error, onRetry, retrying }: { error: Error; onRetry: () => void; retrying: boolean }) {
  const signedOut = error instanceof HttpError && error.status === 401;
  return (
    <div role="alert" className="flex min-h-48 flex-col items-center justify-center gap-3 px-6 py-10 text-center">
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
