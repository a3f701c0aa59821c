/**
 * Exposure records. A preview is counted with a plain insert; a reveal or an original download is counted together
 * with its audit event in one transaction, and the caller sends pixels only after that transaction committed: a
 * reveal that was not recorded must not happen (house style: an action without its audit row never commits).
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { AuditContext } from "@/lib/audit/types";
import type { CurrentReviewer } from "@/lib/auth/types";
import type { Db } from "@/lib/db/client";

export async function recordPreviewExposure(
  db: Db,
  input: { reviewerId: string; caseId: string | null; mxc: string },
): Promise<void> {
  await db.mediaExposure.create({
    data: { reviewerId: input.reviewerId, caseId: input.caseId, mxcUri: input.mxc, kind: "PREVIEW" },
  });
}

export interface RevealRecord {
  reviewer: Pick<CurrentReviewer, "id" | "mxid">;
  caseId: string | null;
  mxc: string;
  sha256: string;
  childSafety: boolean;
  overBudget: boolean;
  context?: AuditContext;
  /** "download": the original bytes left the console (audited as MEDIA_DOWNLOADED), counted as a reveal. */
  kind: { type: "reveal" } | { type: "download"; size: number };
}

export async function recordRevealExposure(db: Db, input: RevealRecord): Promise<void> {
  const { reviewer, caseId, mxc, sha256, childSafety, overBudget } = input;
  const actor = { kind: "reviewer", id: reviewer.id, mxid: reviewer.mxid } as const;
  const target = { type: "media", id: mxc };
  await db.$transaction(async (tx) => {
    await tx.mediaExposure.create({ data: { reviewerId: reviewer.id, caseId, mxcUri: mxc, kind: "REVEAL" } });
    if (input.kind.type === "reveal") {
      await recordAuditEvent(tx, {
        type: "MEDIA_REVEALED",
        actor,
        target,
        context: input.context,
        data: { mxc, caseId, sha256, childSafety, overBudget },
      });
    } else {
      await recordAuditEvent(tx, {
        type: "MEDIA_DOWNLOADED",
        actor,
        target,
        context: input.context,
        data: { mxc, caseId, sha256, size: input.kind.size, childSafety, overBudget },
      });
    }
  });
}
