"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { exposureKeys } from "@/components/media/media-keys";
import { saveBlob } from "@/components/media/media-request";
import { Button } from "@/components/ui/button";

type State = { kind: "idle" | "pending" | "confirm_budget" | "done" } | { kind: "error"; message: string };

const MESSAGES: Record<number, string> = {
  401: "Your session has ended. Sign in again to continue.",
  403: "Your role, or this case's rules, do not allow downloading this file.",
  404: "Only metadata and the hash were kept, or the snapshot is gone.",
};

/**
 * Downloads the kept bytes of one snapshot through the audited endpoint. The same file as a reveal, so it counts
 * against the daily budget and asks for a confirmation past it (429). Saved as an attachment, never displayed.
 */
export function EvidenceDownload({
  caseId,
  snapshotId,
  label,
}: {
  caseId: string;
  snapshotId: string;
  label: string;
}) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<State>({ kind: "idle" });

  async function download(acknowledgeOverBudget: boolean) {
    setState({ kind: "pending" });
    const path = `/api/v1/cases/${encodeURIComponent(caseId)}/evidence/${encodeURIComponent(snapshotId)}`;
    try {
      const response = await fetch(acknowledgeOverBudget ? `${path}?acknowledgeOverBudget=true` : path, {
        credentials: "same-origin",
      });
      if (response.ok) {
        const fileName = /filename="([^"]{1,200})"/.exec(
          response.headers.get("content-disposition") ?? "",
        )?.[1];
        saveBlob(await response.blob(), fileName ?? "evidence.bin");
        setState({ kind: "done" });
      } else if (response.status === 429) setState({ kind: "confirm_budget" });
      else
        setState({
          kind: "error",
          message: MESSAGES[response.status] ?? "The server could not provide this file.",
        });
    } catch {
      setState({
        kind: "error",
        message: "The request did not reach the server. Check the connection and try again.",
      });
    } finally {
      void queryClient.invalidateQueries({ queryKey: exposureKeys.today() });
    }
  }

  if (state.kind === "confirm_budget") {
    return (
      <div role="alert" className="space-y-1 rounded-md bg-tone-warning-bg p-2 text-xs text-tone-warning-fg">
        <p>You have used today&apos;s reveal budget. Go on only if this cannot wait (it is recorded).</p>
        <Button size="sm" onClick={() => void download(true)} aria-label={`${label} anyway`}>
          Download anyway
        </Button>
      </div>
    );
  }
  return (
    <div className="space-y-1">
      <Button
        size="sm"
        pending={state.kind === "pending"}
        onClick={() => void download(false)}
        aria-label={label}
      >
        Download
      </Button>
      <p role="status" className="text-xs text-fg-muted">
        {state.kind === "done" ? "Saved. Recorded in the audit log." : null}
        {state.kind === "error" ? <span className="text-tone-danger-fg">{state.message}</span> : null}
      </p>
    </div>
  );
}
