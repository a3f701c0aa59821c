/**
 * Query key factories: one per domain, so invalidation is by prefix (`caseKeys.all` invalidates every case query)
 * and no component spells a key by hand (formbricks' pattern).
 */

/** Rows per queue page, for the server-rendered first page and the API alike. */
export const CASE_PAGE_SIZE = 50;

export type CaseListFilters = {
  /** "open" (open, on hold, escalated) or one case status. */
  status: string;
};

export const caseKeys = {
  all: ["cases"] as const,
  lists: () => [...caseKeys.all, "list"] as const,
  list: (filters: CaseListFilters) => [...caseKeys.lists(), filters] as const,
  details: () => [...caseKeys.all, "detail"] as const,
  detail: (id: string) => [...caseKeys.details(), id] as const,
};

export const meKeys = {
  all: ["me"] as const,
};
