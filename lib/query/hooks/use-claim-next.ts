import { useMutation, useQueryClient } from "@tanstack/react-query";

import type { ClaimNextResult } from "@/lib/cases/claim-schemas";

import { caseKeys } from "../keys";
import { postJson } from "./post-json";

/** "Next case": claims (or returns the reviewer's current) case; the caller navigates to it. */
export function useClaimNext() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => postJson<ClaimNextResult>("/api/v1/cases/next"),
    // Whatever happened, the queue now shows a different claim state.
    onSettled: () => queryClient.invalidateQueries({ queryKey: caseKeys.lists() }),
  });
}
