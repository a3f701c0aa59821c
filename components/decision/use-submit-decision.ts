"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";

import { postJson } from "@/lib/query/hooks/post-json";
import { HttpError } from "@/lib/query/query-client";
import { caseKeys } from "@/lib/query/keys";

import type { DecisionBody } from "./form-state";
import { newRequestId } from "./request-id";
import type { DecideResponse } from "./types";

/**
 * Sends a decision with an idempotency key. The key stays the same across a double click, a retry after a lost
 * answer (network error, 5xx) and an impatient Ctrl-Enter, so the server returns the first decision instead of
 * making a second. It changes only after the server refused the request (4xx): the corrected form is a new request.
 */
export function useSubmitDecision(caseId: string) {
  const queryClient = useQueryClient();
  const requestId = useRef<string | null>(null);
  const mutation = useMutation({
    mutationFn: (body: DecisionBody) => {
      requestId.current ??= newRequestId();
      return postJson<DecideResponse>(`/api/v1/cases/${encodeURIComponent(caseId)}/decisions`, {
        ...body,
        requestId: requestId.current,
      });
    },
    onError: (error) => {
      if (error instanceof HttpError && error.status >= 400 && error.status < 500 && error.status !== 401) requestId.current = null;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
  return mutation;
}
