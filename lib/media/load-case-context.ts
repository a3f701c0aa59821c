/**
 * What the media's case says about how to show it: the harm it is about and whether it is a child-safety matter.
 *
 * Child safety is decided from the media, not only from the case the browser names: a reviewer could otherwise pass
 * an unrelated, harmless case id to reveal a file that sits in a child-safety case. So any child-safety case whose
 * subject is this very mxc URI counts too.
 */
import type { CurrentReviewer } from "@/lib/auth/types";
import { canSeeChildSafety } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export interface MediaCaseContext {
  caseId: string | null;
  harm: string | null;
  childSafety: boolean;
}

export async function loadCaseContext(
  db: Db,
  reviewer: Pick<CurrentReviewer, "childSafety">,
  input: { caseId?: string | null; mxc: string },
): Promise<MediaCaseContext> {
  const [found, mediaCase] = await Promise.all([
    input.caseId
      ? db.case.findUnique({
          where: { id: input.caseId },
          select: { id: true, childSafety: true, suggestedPolicy: { select: { id: true, childSafety: true } } },
        })
      : null,
    db.case.findFirst({
      where: { childSafety: true, subject: { kind: "MEDIA", key: input.mxc } },
      select: { id: true },
    }),
  ]);
  if (input.caseId && !found) throw new AppError("NOT_FOUND", "No such case.");
  const childSafety = !!found?.childSafety || !!found?.suggestedPolicy?.childSafety || !!mediaCase;
  // Child-safety material is routed only to qualified reviewers, previews included (blurred is still exposure).
  if (childSafety && !canSeeChildSafety({ role: "TRIAGE", childSafety: reviewer.childSafety })) {
    throw new AppError("FORBIDDEN", "This media belongs to a child-safety case: it needs the child-safety qualification.");
  }
  return { caseId: found?.id ?? null, harm: found?.suggestedPolicy?.id ?? null, childSafety };
}
