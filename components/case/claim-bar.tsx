/**
 * The claim bar on the case page: who holds the case and until when, and Claim / Release / Hold / Escalate /
 * Next case with their keys. A server component that works out what the reviewer's role allows (the server checks
 * again on every request) and hands plain data to the client part (components/case/claim/claim-controls.tsx).
 */
import { can } from "@/lib/auth/permissions";
import { requireReviewer } from "@/lib/auth/session";
import type { CaseDetail } from "@/lib/cases/get-case-detail";
import { OPEN_STATUSES } from "@/lib/cases/schemas";

import { ClaimControls, type ClaimView } from "./claim/claim-controls";

export async function ClaimBar({ detail }: { detail: CaseDetail }) {
  const reviewer = await requireReviewer("case.read");
  const { claim } = detail;
  const view: ClaimView = {
    caseId: detail.id,
    updatedAt: detail.updatedAt,
    status: detail.status,
    isOpen: (OPEN_STATUSES as readonly string[]).includes(detail.status),
    claim: {
      active: claim.active,
      mine: claim.mine,
      holder: claim.by ? (claim.by.displayName ?? claim.by.mxid) : null,
      expiresAt: claim.expiresAt,
    },
    may: {
      claim: can(reviewer, "case.claim"),
      escalate: can(reviewer, "case.escalate"),
      // As claim-case.ts: escalated cases wait for a lead.
      claimEscalated: reviewer.role === "LEAD" || reviewer.role === "ADMIN",
    },
  };
  // Keyed by case only: after a refresh the props carry the server's state, and the last message stays readable.
  return <ClaimControls key={detail.id} view={view} />;
}
