/**
 * An explicit reveal: the media without blur, still re-encoded (resized, metadata stripped, first frame only), so
 * the browser never decodes the original file. The exposure and its MEDIA_REVEALED audit event are committed before
 * the pixels are returned; a file that cannot be rendered is described instead and nothing is recorded, because
 * nothing was shown.
 */
import type { AuditContext } from "@/lib/audit/types";
import type { CurrentReviewer } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";

import { authorizeReveal } from "./authorize-reveal";
import { describeMedia, type MediaDescriptor } from "./describe-media";
import { sha256Hex } from "./hash-media";
import { loadOriginal } from "./load-original";
import type { MediaDeps } from "./media-deps";
import { parseStrictMxc } from "./mxc";
import { recordRevealExposure } from "./record-exposure";
import { renderPreview } from "./render-preview";

export type RevealResult =
  | { kind: "image"; webp: Buffer; overBudget: boolean }
  | { kind: "descriptor"; descriptor: MediaDescriptor };

export async function revealMedia(
  deps: MediaDeps,
  reviewer: Pick<CurrentReviewer, "id" | "mxid" | "role" | "childSafety">,
  input: { mxc: string; caseId: string | null; acknowledgeOverBudget?: boolean; greyscale?: boolean; context?: AuditContext },
): Promise<RevealResult> {
  const ref = parseStrictMxc(input.mxc);
  if (!ref) throw new AppError("BAD_REQUEST", "Not a valid mxc:// URI.");
  const grant = await authorizeReveal(deps, reviewer, input);
  const original = await loadOriginal(deps.media, ref, deps.limits.maxInputBytes);
  if (!original.ok) return { kind: "descriptor", descriptor: original.descriptor };
  const { file } = original;
  const rendered = await renderPreview(file.bytes, {
    variant: "revealed",
    maxEdge: grant.settings.revealMaxEdge,
    blurSigma: 0,
    greyscale: input.greyscale ?? false,
    limits: deps.limits,
  });
  if (!rendered.ok) {
    const descriptor = describeMedia(file.bytes, {
      declaredType: file.declaredType,
      name: file.uploadName,
      dimensions: rendered.source,
      reason: rendered.reason,
    });
    return { kind: "descriptor", descriptor };
  }
  await recordRevealExposure(deps.db, {
    reviewer,
    caseId: grant.context.caseId,
    mxc: input.mxc,
    sha256: sha256Hex(file.bytes),
    childSafety: grant.context.childSafety,
    overBudget: grant.overBudget,
    context: input.context,
    kind: { type: "reveal" },
  });
  return { kind: "image", webp: rendered.webp, overBudget: grant.overBudget };
}
