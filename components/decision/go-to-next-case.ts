import type { useRouter } from "next/navigation";

import type { ClaimNextResult } from "@/lib/cases/claim-schemas";
import { postJson } from "@/lib/query/hooks/post-json";

type Router = ReturnType<typeof useRouter>;

/**
 * After "record and next": claim the next case and open it. Any failure (no next-case endpoint on this build, a
 * 404, nothing left) goes back to the queue: the decision is already recorded, so there is nothing to lose.
 */
export async function goToNextCase(router: Router, currentCaseId: string): Promise<void> {
  try {
    const next = await postJson<ClaimNextResult>("/api/v1/cases/next");
    if (next.outcome !== "empty" && next.caseId !== currentCaseId) {
      router.push(`/cases/${encodeURIComponent(next.caseId)}`);
      return;
    }
  } catch {
    // fall through to the queue
  }
  router.push("/queue");
}
