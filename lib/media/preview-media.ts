/**
 * The blurred preview of one media item for one reviewer: the default way anyone in the console sees media.
 *
 * Settings come from the case's harm and the reviewer's preferences; the rendition is cached on disk (blurred
 * only, and never for child-safety media, whose derivatives the console keeps off disk altogether). Every preview
 * served counts as a PREVIEW exposure. Files that are not raster images come back as a descriptor instead.
 */
import type { CurrentReviewer } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";

import { describeMedia, type MediaDescriptor } from "./describe-media";
import { loadCaseContext } from "./load-case-context";
import { loadMediaSettings } from "./load-media-settings";
import { loadOriginal } from "./load-original";
import type { MediaDeps } from "./media-deps";
import { parseStrictMxc } from "./mxc";
import { previewCacheKey } from "./preview-cache";
import { recordPreviewExposure } from "./record-exposure";
import { renderPreview } from "./render-preview";
import { resolvePreviewSettings } from "./settings";

export type PreviewResult =
  | { kind: "image"; webp: Buffer; cached: boolean }
  | { kind: "descriptor"; descriptor: MediaDescriptor; quarantined: boolean | null };

export async function previewMedia(
  deps: MediaDeps,
  reviewer: Pick<CurrentReviewer, "id" | "childSafety">,
  input: { mxc: string; caseId?: string | null; greyscale?: boolean },
): Promise<PreviewResult> {
  const ref = parseStrictMxc(input.mxc);
  if (!ref) throw new AppError("BAD_REQUEST", "Not a valid mxc:// URI.");
  const context = await loadCaseContext(deps.db, reviewer, { caseId: input.caseId, mxc: input.mxc });
  const stored = await loadMediaSettings(deps.db, reviewer.id);
  const settings = resolvePreviewSettings({ ...stored, ...context, greyscale: input.greyscale });
  const variant = `blurred:v1:s${settings.blurSigma}:g${settings.greyscale ? 1 : 0}:e${settings.previewMaxEdge}`;
  const cache = context.childSafety ? null : deps.cache;
  const key = previewCacheKey(input.mxc, variant);

  const hit = await cache?.get(key);
  if (hit) {
    await recordPreviewExposure(deps.db, { reviewerId: reviewer.id, caseId: context.caseId, mxc: input.mxc });
    return { kind: "image", webp: hit, cached: true };
  }

  const original = await loadOriginal(deps.media, ref, deps.limits.maxInputBytes);
  if (!original.ok) return { kind: "descriptor", descriptor: original.descriptor, quarantined: null };
  const { file } = original;
  const rendered = await renderPreview(file.bytes, {
    variant: "blurred",
    maxEdge: settings.previewMaxEdge,
    blurSigma: settings.blurSigma,
    greyscale: settings.greyscale,
    limits: deps.limits,
  });
  if (!rendered.ok) {
    const descriptor = describeMedia(file.bytes, {
      declaredType: file.declaredType,
      name: file.uploadName,
      dimensions: rendered.source,
      reason: rendered.reason,
    });
    return { kind: "descriptor", descriptor, quarantined: file.quarantined };
  }
  // A full disk or a read-only folder costs the cache, not the preview.
  await cache?.put(key, rendered.webp).catch((error: unknown) => {
    console.warn("media preview cache write failed", error instanceof Error ? error.message : error);
  });
  await recordPreviewExposure(deps.db, { reviewerId: reviewer.id, caseId: context.caseId, mxc: input.mxc });
  return { kind: "image", webp: rendered.webp, cached: false };
}
