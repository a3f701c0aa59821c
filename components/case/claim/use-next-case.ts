"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import type { ClaimNextResult } from "@/lib/cases/claim-schemas";
import { postJson } from "@/lib/query/hooks/post-json";

/**
 * "Next case" from a case page. The server hands a reviewer who still holds a case that same case back, so while
 * the reviewer holds this one, Next says so instead of reloading the page they are on.
 */
export function useNextCase(caseId: string, holdingThis: boolean) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function next() {
    if (pending) return;
    setMessage(null);
    if (holdingThis) {
      setMessage("You still hold this case: decide it, or release it (r), before taking the next one.");
      return;
    }
    setPending(true);
    try {
      const result = await postJson<ClaimNextResult>("/api/v1/cases/next");
      if (result.outcome === "empty") setMessage("Nothing to claim right now: every open case you may see is in review.");
      else if (result.caseId === caseId) router.refresh();
      else router.push(`/cases/${encodeURIComponent(result.caseId)}`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : "Could not claim the next case.");
    } finally {
      setPending(false);
    }
  }
  return { next: () => void next(), pending, message };
}
