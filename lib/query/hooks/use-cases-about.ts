import { useQuery } from "@tanstack/react-query";

import type { CaseListPage } from "@/lib/cases/schemas";

import { fetchJson } from "../fetch-json";
import { caseKeys } from "../keys";

/** Cases (any status, newest first) about one exact Matrix identifier; null key = nothing to look up. */
export function useCasesAbout(subjectKey: string | null) {
  return useQuery({
    queryKey: caseKeys.bySubject(subjectKey ?? ""),
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ subject: subjectKey ?? "", status: "all", sort: "newest", limit: "8" });
      return fetchJson<CaseListPage>(`/api/v1/cases?${params}`, signal);
    },
    enabled: !!subjectKey,
    staleTime: 5_000,
  });
}
