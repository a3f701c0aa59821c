import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";

import type { CaseListPage } from "@/lib/cases/schemas";

import { fetchJson } from "../fetch-json";
import { CASE_PAGE_SIZE, caseKeys, type CaseListFilters } from "../keys";

/**
 * The queue, page by page (keyset cursor from GET /api/v1/cases). `initial` is the first page the server already
 * rendered for the same filters, so the table shows at once and is not fetched twice.
 */
export function useCaseList(
  filters: CaseListFilters,
  initial?: { page: CaseListPage; fetchedAt: number; filters: CaseListFilters },
) {
  const seeded = initial && initial.filters.status === filters.status ? initial : undefined;
  return useInfiniteQuery({
    queryKey: caseKeys.list(filters),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ status: filters.status, limit: String(CASE_PAGE_SIZE) });
      if (pageParam) params.set("cursor", pageParam);
      return fetchJson<CaseListPage>(`/api/v1/cases?${params}`, signal);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
    ...(seeded
      ? { initialData: { pages: [seeded.page], pageParams: [null] }, initialDataUpdatedAt: seeded.fetchedAt }
      : {}),
  });
}
