/**
 * The original bytes, for a reviewer who must keep or forward the exact file (a report to an authority, hash
 * submission). Same gate as a reveal; audited as MEDIA_DOWNLOADED and counted as a reveal, committed before the
 * bytes leave. The route serves them only as an attachment of type application/octet-stream.
 */
import type { AuditContext } from "@/lib/audit/types";
import type { CurrentReviewer } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";

import { authorizeReveal } from "./authorize-reveal";
import type { MediaDescriptor } from "./describe-media";
import { sanitizeFileName } from "./file-name";
import { sha256Hex } from "./hash-media";
import { loadOriginal } from "./load-original";
import type { MediaDeps } from "./media-deps";
import { parseStrictMxc } from "./mxc";
import { recordRevealExposure } from "./record-exposure";
import { sniffType } from "./sniff-type";

export type DownloadResult =
  | { kind: "file"; bytes: Uint8Array; name: string; sha256: string }
  | { kind: "descriptor"; descriptor: MediaDescriptor };

export async function downloadOriginal(
  deps: MediaDeps,
  reviewer: Pick<CurrentReviewer, "id" | "mxid" | "role" | "childSafety">,
  input: { mxc: string; caseId: string | null; acknowledgeOverBudget?: boolean; context?: AuditContext },
): Promise<DownloadResult> {
  const ref = parseStrictMxc(input.mxc);
  if (!ref) throw new AppError("BAD_REQUEST", "Not a valid mxc:// URI.");
  const grant = await authorizeReveal(deps, reviewer, input);
  const original = await loadOriginal(deps.media, ref, deps.limits.maxInputBytes);
  if (!original.ok) return { kind: "descriptor", descriptor: original.descriptor };
  const { bytes, uploadName } = original.file;
  const sha256 = sha256Hex(bytes);
  await recordRevealExposure(deps.db, {
    reviewer,
    caseId: grant.context.caseId,
    mxc: input.mxc,
    sha256,
    childSafety: grant.context.childSafety,
    overBudget: grant.overBudget,
    context: input.context,
    kind: { type: "download", size: bytes.byteLength },
  });
  return { kind: "file", bytes, name: sanitizeFileName(uploadName, sniffType(bytes).mime), sha256 };
}
