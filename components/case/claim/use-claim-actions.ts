"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { postJson } from "@/lib/query/hooks/post-json";
import { caseKeys } from "@/lib/query/keys";
import { HttpError } from "@/lib/query/query-client";

export type ClaimAction = "claim" | "release" | "hold" | "escalate";

/** What went wrong, as the reviewer should read it; `stale` offers a reload (409: someone else, or changed since). */
export type ClaimProblem = { message: string; stale: boolean };

const DONE: Record<ClaimAction, string> = {
  claim: "You claimed this case.",
  release: "Released: the case is back in the queue.",
  hold: "Put on hold.",
  escalate: "Escalated to a lead.",
};

/**
 * Claim, release, hold and escalate from the case page. Every request but the claim carries the `updatedAt` the
 * page was rendered with, so a change by someone else in the meantime is a 409 instead of a silent overwrite.
 * After success the server components re-render (router.refresh) so the header, the claim and the version the
 * next request sends are the server's truth.
 */
export function useClaimActions(caseId: string, updatedAt: string) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<ClaimProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: ({ action, note }: { action: ClaimAction; note?: string }) =>
      postJson(`/api/v1/cases/${encodeURIComponent(caseId)}/${action}`, action === "claim" ? {} : { expectedUpdatedAt: updatedAt, note }),
    onMutate: () => {
      setProblem(null);
      setNotice(null);
    },
    onSuccess: (_result, { action }) => {
      setNotice(DONE[action]);
      router.refresh();
    },
    onError: (error) => setProblem(toProblem(error)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: caseKeys.lists() }),
  });
  return {
    run: (action: ClaimAction, note?: string) => {
      if (!mutation.isPending) mutation.mutate({ action, note });
    },
    pending: mutation.isPending ? mutation.variables.action : null,
    problem,
    setProblem,
    notice,
    reload: () => {
      setProblem(null);
      router.refresh();
    },
  };
}

export function toProblem(error: unknown): ClaimProblem {
  if (error instanceof HttpError) return { message: error.message, stale: error.status === 409 || error.status === 404 };
  return { message: "The request did not reach the server. Check the connection and try again.", stale: false };
}
