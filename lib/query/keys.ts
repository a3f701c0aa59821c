/**
 * Query key factories: one per domain, so invalidation is by prefix (`caseKeys.all` invalidates every case query)
 * and no component spells a key by hand (formbricks' pattern).
 */
import type { QueueFilters } from "@/lib/cases/queue-filters";

/** Rows per queue page, for the server-rendered first page and the API alike. */
export const CASE_PAGE_SIZE = 50;

/** The queue's view: status, sort and filters, exactly as in the URL (lib/cases/queue-filters.ts). */
export type CaseListFilters = QueueFilters;

export const caseKeys = {
  all: ["cases"] as const,
  lists: () => [...caseKeys.all, "list"] as const,
  list: (filters: CaseListFilters) => [...caseKeys.lists(), filters] as const,
  counts: () => [...caseKeys.all, "counts"] as const,
  /** Cases about one Matrix identifier (the command palette). */
  bySubject: (key: string) => [...caseKeys.all, "by-subject", key] as const,
  details: () => [...caseKeys.all, "detail"] as const,
  detail: (id: string) => [...caseKeys.details(), id] as const,
};

export const meKeys = {
  all: ["me"] as const,
};
