/**
 * The descriptor shown when a file is not previewed (video, SVG, PDF, unknown, undecodable): what it really is,
 * how big, its (sanitised) name and its hashes, so a reviewer can decide from text and hash evidence first.
 */
import { hashMedia } from "./hash-media";
import { sanitizeFileName } from "./file-name";
import type { Dimensions, RenderFailure } from "./render-preview";
import { type MediaFamily, sniffType } from "./sniff-type";

export interface MediaDescriptor {
  /** The type sniffed from the bytes. */
  type: string;
  family: MediaFamily;
  /** What the uploader claimed, for comparison only (a mismatch is itself a signal). */
  declaredType: string | null;
  size: number;
  name: string;
  /** null only when the file was too large to fetch and Synapse has no hash for it (media from before 1.128). */
  sha256: string | null;
  md5: string | null;
  dimensions: Dimensions | null;
  /** Why there is no preview, when there is none. */
  reason?: RenderFailure;
}

export function describeMedia(
  bytes: Uint8Array,
  input: { declaredType?: string | null; name?: string | null; dimensions?: Dimensions; reason?: RenderFailure },
): MediaDescriptor {
  const sniffed = sniffType(bytes);
  const { sha256, md5 } = hashMedia(bytes);
  return {
    type: sniffed.mime,
    family: sniffed.family,
    declaredType: input.declaredType ? input.declaredType.replace(/[^\w.+/;= -]/g, "").slice(0, 100) : null,
    size: bytes.byteLength,
    name: sanitizeFileName(input.name, sniffed.mime),
    sha256,
    md5,
    dimensions: input.dimensions ?? null,
    ...(input.reason ? { reason: input.reason } : {}),
  };
}
