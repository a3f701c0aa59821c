/**
 * The evidence snapshots of a case, for the case page: metadata and the captured JSON, never the media bytes (those
 * leave only through downloadEvidence, which is gated and audited). Child-safety cases answer 404 to reviewers
 * without the qualification, as the case itself does.
 */
import { canSeeChildSafety } from "@/lib/auth/permissions";
import type { CurrentReviewer } from "@/lib/auth/types";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export interface EvidenceListItem {
  id: string;
  decisionId: string | null;
  kind: string;
  subjectKey: string;
  sha256: string;
  /** Bytes stored with the snapshot (media only); 0 when only metadata was kept. */
  contentBytes: number;
  data: unknown;
  createdAt: string;
  retainUntil: string | null;
}

export async function listEvidence(
  db: Db,
  reviewer: Pick<CurrentReviewer, "role" | "childSafety">,
  caseId: string,
): Promise<{ caseId: string; items: EvidenceListItem[] }> {
  const found = await db.case.findUnique({ where: { id: caseId }, select: { id: true, childSafety: true } });
  if (
    !found ||
    (found.childSafety && !canSeeChildSafety({ role: reviewer.role, childSafety: reviewer.childSafety }))
  ) {
    throw new AppError("NOT_FOUND", "No such case.");
  }
  const rows = await db.evidenceSnapshot.findMany({
    where: { caseId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 1000,
    select: {
      id: true,
      decisionId: true,
      kind: true,
      subjectKey: true,
      sha256: true,
      data: true,
      createdAt: true,
      retainUntil: true,
    },
  });
  // The size comes from SQL so the bytes themselves are never loaded for a listing.
  const sizes = await db.$queryRaw<{ id: string; size: number }[]>`
    SELECT id, COALESCE(octet_length(content), 0)::int AS size FROM evidence_snapshots WHERE case_id = ${caseId}`;
  const sizeOf = new Map(sizes.map((s) => [s.id, s.size]));
  return {
    caseId,
    items: rows.map((r) => ({
      ...r,
      contentBytes: sizeOf.get(r.id) ?? 0,
      createdAt: r.createdAt.toISOString(),
      retainUntil: r.retainUntil?.toISOString() ?? null,
    })),
  };
}
