import type { Metadata } from "next";

import { requireReviewer } from "@/lib/auth/session";
import type { CurrentReviewer } from "@/lib/auth/types";
import { listCases } from "@/lib/cases/list-cases";
import { parseQueueFilters, type QueueFilters } from "@/lib/cases/queue-filters";
import type { CaseListPage } from "@/lib/cases/schemas";
import { CASE_PAGE_SIZE } from "@/lib/query/keys";

import { QueuePageClient } from "./queue-page-client";

export const metadata: Metadata = { title: "Queue" };

export default async function QueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const reviewer = await requireReviewer("case.read");
  const filters = parseQueueFilters(await searchParams);
  // The first page is rendered on the server so the queue shows at once; if that fails the client fetches it
  // and shows its own error state with a retry, rather than the whole page failing.
  const first = await loadFirstPage(reviewer, filters);
  return (
    <QueuePageClient
      viewerId={reviewer.id}
      canClaim={reviewer.permissions.includes("case.claim")}
      initial={first ? { page: first.page, fetchedAt: first.fetchedAt, filters } : undefined}
    />
  );
}

async function loadFirstPage(
  reviewer: CurrentReviewer,
  filters: QueueFilters,
): Promise<{ page: CaseListPage; fetchedAt: number } | null> {
  try {
    const page = await listCases(reviewer, { ...filters, limit: CASE_PAGE_SIZE });
    return { page, fetchedAt: Date.now() };
  } catch (error) {
    console.error("Queue: loading the first page on the server failed", error);
    return null;
  }
}
