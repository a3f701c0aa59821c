import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";

import { queueFiltersToSearchParams } from "@/lib/cases/queue-filters";
import type { CaseListPage } from "@/lib/cases/schemas";

import { fetchJson } from "../fetch-json";
import { CASE_PAGE_SIZE, caseKeys, type CaseListFilters } from "../keys";

/** How often an open queue refreshes itself; TanStack pauses the interval while the tab is hidden. */
export const QUEUE_POLL_MS = 10_000;

/**
 * The queue, page by page (keyset cursor from GET /api/v1/cases), polled so new cases and new claims show without
 * a reload. `initial` is the first page the server already rendered for the same filters, so the table shows at
 * once and is not fetched twice.
 */
export function useCaseList(
  filters: CaseListFilters,
  initial?: { page: CaseListPage; fetchedAt: number; filters: CaseListFilters },
) {
  const params = queueFiltersToSearchParams(filters);
  const seeded = initial && queueFiltersToSearchParams(initial.filters).toString() === params.toString() ? initial : undefined;
  return useInfiniteQuery({
    queryKey: caseKeys.list(filters),
    queryFn: ({ pageParam, signal }) => {
      const page = new URLSearchParams(params);
      page.set("limit", String(CASE_PAGE_SIZE));
      if (pageParam) page.set("cursor", pageParam);
      return fetchJson<CaseListPage>(`/api/v1/cases?${page}`, signal);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
    refetchInterval: QUEUE_POLL_MS,
    // A reviewer who loaded ten pages should not refetch ten pages every ten seconds: polls refresh what is loaded,
    // capped by TanStack's maxPages.
    maxPages: 10,
    ...(seeded
      ? { initialData: { pages: [seeded.page], pageParams: [null] }, initialDataUpdatedAt: seeded.fetchedAt }
      : {}),
  });
}
