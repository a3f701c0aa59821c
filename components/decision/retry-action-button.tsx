"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";

import { Button } from "@/components/ui/button";
import { postJson } from "@/lib/query/hooks/post-json";

/**
 * Sends one failed action back to the worker (audited on the server). On success the server-rendered list is
 * refreshed, so the row leaves it; a 409 means another lead retried it first, which the message says.
 */
export function RetryActionButton({ actionId, label }: { actionId: string; label: string }) {
  const router = useRouter();
  const retry = useMutation({
    mutationFn: () => postJson<{ actionId: string; status: "PENDING" }>(`/api/v1/enforcement/${encodeURIComponent(actionId)}/retry`, {}),
    onSuccess: () => router.refresh(),
  });
  return (
    <div className="space-y-1">
      <Button size="sm" onClick={() => retry.mutate()} pending={retry.isPending} disabled={retry.isSuccess} aria-label={label}>
        {retry.isSuccess ? "Queued" : "Retry"}
      </Button>
      <p role="status" className="text-xs text-fg-muted">
        {retry.isSuccess ? "Sent back to the worker." : retry.isError ? retry.error.message : null}
      </p>
    </div>
  );
}
