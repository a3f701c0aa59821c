/**
 * Where the evidence snapshots mount on the case page. A server component so the reviewer's permissions are read on
 * the server: the list needs `case.read`, the download button `media.reveal` (both checked again by the API).
 */
import { EvidenceTable } from "@/components/decision/evidence-table";
import { can } from "@/lib/auth/permissions";
import { requireReviewer } from "@/lib/auth/session";

export async function EvidenceList({ caseId }: { caseId: string }) {
  const reviewer = await requireReviewer("case.read");
  return <EvidenceTable caseId={caseId} canDownload={can(reviewer, "media.reveal")} />;
}
