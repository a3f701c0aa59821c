"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

import { Badge } from "@/components/ui/badge";
import { fetchJson } from "@/lib/query/fetch-json";

import { ActionStatus, FINAL_STATUSES } from "./action-status";
import { decisionKeys } from "./decision-keys";
import type { DecisionsResponse, DecisionView } from "./types";

const POLL_MS = 1500;

const allFinal = (d: DecisionView | undefined) => !!d && d.actions.every((a) => FINAL_STATUSES.has(a.status));

/**
 * The decision just made (or the case's latest) with each action's live status, polled until every action is final
 * (done, failed or cancelled): the worker runs them after commit, and "done" means Synapse confirmed. When they all
 * settle, the server-rendered page is refreshed so the history shows the same.
 */
export function DecisionProgress({ caseId, decision }: { caseId: string; decision: DecisionView }) {
  const router = useRouter();
  const query = useQuery({
    queryKey: decisionKeys.list(caseId),
    queryFn: ({ signal }) => fetchJson<DecisionsResponse>(`/api/v1/cases/${encodeURIComponent(caseId)}/decisions`, signal),
    enabled: !allFinal(decision),
    staleTime: 0,
    refetchInterval: (q) => (allFinal(q.state.data?.decisions.find((d) => d.id === decision.id)) ? false : POLL_MS),
  });
  const current = query.data?.decisions.find((d) => d.id === decision.id) ?? decision;
  const settled = allFinal(current);

  const wasSettled = useRef(settled);
  useEffect(() => {
    if (settled && !wasSettled.current) router.refresh();
    wasSettled.current = settled;
  }, [settled, router]);

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-sm font-semibold text-fg">Decision recorded</h3>
        <Badge tone={current.outcome === "VIOLATION" ? "danger" : "neutral"}>
          {current.outcome === "VIOLATION" ? "Violation" : "No violation"}
        </Badge>
        {current.policy ? <span className="text-xs text-fg">{current.policy.label}</span> : null}
      </div>
      {current.actions.length ? (
        <ul className="space-y-1" aria-label="Action status" aria-live="polite">
          {current.actions.map((a) => (
            <ActionStatus key={a.id} action={a} />
          ))}
        </ul>
      ) : (
        <p className="text-xs text-fg-muted">No action on Synapse.</p>
      )}
      <p className="text-xs text-fg-muted" role="status">
        {settled ? "Every action is final." : "Carrying out the actions on Synapse…"}
        {query.isError ? " Could not refresh the status; retrying." : ""}
      </p>
    </div>
  );
}
