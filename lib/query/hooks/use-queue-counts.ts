import { useQuery } from "@tanstack/react-query";

import type { QueueCounts } from "@/lib/cases/schemas";

import { fetchJson } from "../fetch-json";
import { caseKeys } from "../keys";

/** Slower than the list: the numbers next to the filters only need to be roughly current. */
export const COUNTS_POLL_MS = 30_000;

export function useQueueCounts() {
  return useQuery({
    queryKey: caseKeys.counts(),
    queryFn: ({ signal }) => fetchJson<QueueCounts>("/api/v1/cases/counts", signal),
    refetchInterval: COUNTS_POLL_MS,
  });
}
