/**
 * What a media item is, without showing it: sniffed type, size, name, SHA-256 and MD5 (for hash lists),
 * dimensions, and whether Synapse has it quarantined. Text and hash evidence come before pixels.
 */
import type { CurrentReviewer } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";

import { describeMedia, type MediaDescriptor } from "./describe-media";
import { mediaInfoOrUndefined } from "./fetch-media";
import { readImageDimensions } from "./image-dimensions";
import { loadCaseContext } from "./load-case-context";
import { loadOriginal } from "./load-original";
import type { MediaDeps } from "./media-deps";
import { parseStrictMxc } from "./mxc";

export type MediaInfoResult = MediaDescriptor & { quarantined: boolean };

export async function getMediaDescriptor(
  deps: MediaDeps,
  reviewer: Pick<CurrentReviewer, "childSafety">,
  mxc: string,
): Promise<MediaInfoResult> {
  const ref = parseStrictMxc(mxc);
  if (!ref) throw new AppError("BAD_REQUEST", "Not a valid mxc:// URI.");
  await loadCaseContext(deps.db, reviewer, { mxc });
  const [info, original] = await Promise.all([
    mediaInfoOrUndefined(deps.media, ref),
    loadOriginal(deps.media, ref, deps.limits.maxInputBytes),
  ]);
  const quarantined = !!info?.quarantined_by || (original.ok && original.file.quarantined);
  if (!original.ok) return { ...original.descriptor, quarantined };
  const { bytes, declaredType, uploadName } = original.file;
  const dimensions = (await readImageDimensions(bytes)) ?? undefined;
  return { ...describeMedia(bytes, { declaredType, name: uploadName ?? info?.upload_name, dimensions }), quarantined };
}
