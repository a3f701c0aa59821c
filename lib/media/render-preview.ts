/**
 * Renders what a reviewer's browser receives instead of the original: a small WebP, blurred (and optionally
 * greyscale) for the default preview, or sharp but still re-encoded for an explicit reveal. Either way the output is
 * made from decoded pixels only, so no original byte, EXIF/XMP/ICC block, comment, trailing payload or extra frame
 * survives, and the browser never runs a decoder on attacker-chosen bytes.
 *
 * Only raster formats that sniffType() recognised are handed to libvips, and libvips must agree on the format: it
 * also decodes SVG, PDF and TIFF, which are larger attack surfaces and, for SVG, active content.
 */
import sharp, { type Metadata } from "sharp";

import { DEFAULT_DECODE_LIMITS, type DecodeLimits, sharpInputOptions } from "./decode-limits";
import { type SniffedType, sniffType } from "./sniff-type";

export type RenderVariant = "blurred" | "revealed";

export interface RenderOptions {
  variant: RenderVariant;
  /** Longest edge of the output, in pixels; smaller images are not enlarged. */
  maxEdge: number;
  /** Gaussian blur sigma in output pixels (blurred variant only). */
  blurSigma: number;
  greyscale: boolean;
  limits?: DecodeLimits;
}

export type RenderFailure = "unsupported_type" | "too_large" | "too_many_pixels" | "undecodable" | "timeout";

export type Dimensions = { width: number; height: number };

export type RenderResult =
  | { ok: true; webp: Buffer; width: number; height: number; sniffed: SniffedType; source: Dimensions }
  | { ok: false; reason: RenderFailure; sniffed: SniffedType; source?: Dimensions };

// libvips' names for the formats sniffType() may call decodable.
const VIPS_FORMAT: Record<string, string> = {
  "image/jpeg": "jpeg",
  "image/png": "png",
  "image/gif": "gif",
  "image/webp": "webp",
  "image/avif": "heif",
};

export async function renderPreview(bytes: Uint8Array, options: RenderOptions): Promise<RenderResult> {
  const limits = options.limits ?? DEFAULT_DECODE_LIMITS;
  const sniffed = sniffType(bytes);
  if (!sniffed.decodable) return { ok: false, reason: "unsupported_type", sniffed };
  if (bytes.byteLength > limits.maxInputBytes) return { ok: false, reason: "too_large", sniffed };

  let meta: Metadata;
  try {
    // Header only: no pixel buffer is allocated, so the declared size can be reported before it is refused.
    meta = await sharp(bytes, { ...sharpInputOptions(limits), limitInputPixels: false }).metadata();
  } catch (error) {
    return { ok: false, reason: classify(error), sniffed };
  }
  if (meta.format !== VIPS_FORMAT[sniffed.mime]) return { ok: false, reason: "unsupported_type", sniffed };
  const source = headerDimensions(meta);
  if (!source) return { ok: false, reason: "undecodable", sniffed };
  if (source.width * source.height > limits.maxPixels) return { ok: false, reason: "too_many_pixels", sniffed, source };

  try {
    const { data, info } = await pipeline(bytes, options, limits).toBuffer({ resolveWithObject: true });
    return { ok: true, webp: data, width: info.width, height: info.height, sniffed, source };
  } catch (error) {
    return { ok: false, reason: classify(error), sniffed, source };
  }
}

function pipeline(bytes: Uint8Array, options: RenderOptions, limits: DecodeLimits) {
  let image = sharp(bytes, sharpInputOptions(limits))
    .timeout({ seconds: limits.timeoutSeconds })
    .resize({ width: options.maxEdge, height: options.maxEdge, fit: "inside", withoutEnlargement: true })
    // Transparent pixels can still carry colour values (a hidden picture under alpha 0): flatten them away.
    .flatten({ background: "#808080" });
  if (options.greyscale) image = image.greyscale();
  if (options.variant === "blurred") image = image.blur(Math.max(0.3, options.blurSigma));
  // No withMetadata()/keepMetadata(): sharp then writes no EXIF, XMP or ICC, and converts to sRGB.
  return image.webp({ quality: options.variant === "blurred" ? 60 : 82, effort: 2 });
}

function headerDimensions(meta: Metadata): Dimensions | undefined {
  const width = meta.autoOrient?.width ?? meta.width;
  // For animations `height` can span every frame; the first frame is what gets decoded.
  const height = meta.pageHeight ?? meta.autoOrient?.height ?? meta.height;
  return width && height ? { width, height } : undefined;
}

function classify(error: unknown): RenderFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) return "too_many_pixels";
  if (/timeout/i.test(message)) return "timeout";
  return "undecodable";
}
