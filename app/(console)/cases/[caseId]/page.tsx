import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CaseDetailView } from "@/components/case/case-detail-view";
import { requireReviewer } from "@/lib/auth/session";
import { getCaseDetail } from "@/lib/cases/get-case-detail";
import { isAppError } from "@/lib/errors";

// The title is fixed text: nothing a reporter or sender wrote ever reaches <title>.
export const metadata: Metadata = { title: "Case" };

export default async function CasePage({ params }: { params: Promise<{ caseId: string }> }) {
  const reviewer = await requireReviewer("case.read");
  const { caseId } = await params;
  const detail = await getCaseDetail(reviewer, caseId).catch((error: unknown) => {
    // Missing and not-permitted (child safety without the qualification) look the same, on purpose.
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return <CaseDetailView detail={detail} />;
}
