/**
 * The stored bytes of one media snapshot, for a reviewer who must hand the exact file on (to an authority, a hash
 * list). It is the same pixels as a reveal, so it passes the same gate as one (permission `media.reveal`, the
 * child-safety qualification, the harm's reveal rule, the daily budget) and counts as a reveal; the exposure row
 * and the EVIDENCE_DOWNLOADED audit event commit before any byte leaves.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { AuditContext } from "@/lib/audit/types";
import type { CurrentReviewer } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { authorizeReveal } from "@/lib/media/authorize-reveal";
import type { MediaDeps } from "@/lib/media/media-deps";

export interface EvidenceFile {
  bytes: Uint8Array;
  sha256: string;
  fileName: string;
}

export async function downloadEvidence(
  deps: MediaDeps,
  reviewer: Pick<CurrentReviewer, "id" | "mxid" | "role" | "childSafety">,
  input: { caseId: string; snapshotId: string; acknowledgeOverBudget?: boolean; context?: AuditContext },
): Promise<EvidenceFile> {
  const snapshot = await deps.db.evidenceSnapshot.findFirst({
    where: { id: input.snapshotId, caseId: input.caseId },
    select: { id: true, kind: true, subjectKey: true, sha256: true, content: true },
  });
  if (!snapshot) throw new AppError("NOT_FOUND", "No such evidence snapshot on this case.");
  if (!snapshot.content)
    throw new AppError("NOT_FOUND", "Only metadata and the hash were kept for this snapshot.");
  // authorizeReveal also throws FORBIDDEN for unqualified reviewers on child-safety material (case or file).
  const grant = await authorizeReveal(deps, reviewer, {
    mxc: snapshot.subjectKey,
    caseId: input.caseId,
    acknowledgeOverBudget: input.acknowledgeOverBudget,
  });
  const bytes = new Uint8Array(snapshot.content);
  await deps.db.$transaction(async (tx) => {
    await tx.mediaExposure.create({
      data: { reviewerId: reviewer.id, caseId: input.caseId, mxcUri: snapshot.subjectKey, kind: "REVEAL" },
    });
    await recordAuditEvent(tx, {
      type: "EVIDENCE_DOWNLOADED",
      actor: { kind: "reviewer", id: reviewer.id, mxid: reviewer.mxid },
      target: { type: "evidence", id: snapshot.id },
      context: input.context,
      data: {
        snapshotId: snapshot.id,
        caseId: input.caseId,
        subjectKey: snapshot.subjectKey,
        sha256: snapshot.sha256,
        size: bytes.byteLength,
        childSafety: grant.context.childSafety,
        overBudget: grant.overBudget,
      },
    });
  });
  return { bytes, sha256: snapshot.sha256, fileName: `evidence-${snapshot.sha256.slice(0, 16)}.bin` };
}
