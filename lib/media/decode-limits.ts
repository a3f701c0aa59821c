/**
 * Limits for decoding untrusted images. A reported file is chosen by an attacker: a decompression bomb (a tiny PNG
 * declaring 100,000 × 100,000 pixels), a file that makes a decoder spin, or a valid image with a payload in its
 * metadata. libvips reads the header first, so the pixel limit refuses a bomb before any pixel buffer exists.
 */
import type { SharpOptions } from "sharp";

export interface DecodeLimits {
  /** Bytes fetched from Synapse at most; the transfer is aborted past it. */
  maxInputBytes: number;
  /** Width × height of the (first frame of the) input. */
  maxPixels: number;
  /** Wall-clock limit for one decode + encode, in whole seconds (sharp's granularity). */
  timeoutSeconds: number;
}

export const DEFAULT_DECODE_LIMITS: DecodeLimits = {
  maxInputBytes: 25 * 1024 * 1024,
  maxPixels: 50_000_000,
  timeoutSeconds: 10,
};

/**
 * Constructor options for sharp. `failOn: "error"` refuses corrupt data that libvips would otherwise paper over
 * (a truncated JPEG renders as grey bands, which looks like a real picture to a reviewer) while still accepting the
 * harmless warnings real cameras produce. `animated: false` + `pages: 1` decodes the first frame only.
 */
export function sharpInputOptions(limits: DecodeLimits): SharpOptions {
  return {
    limitInputPixels: limits.maxPixels,
    failOn: "error",
    animated: false,
    pages: 1,
    sequentialRead: true,
    autoOrient: true,
  };
}
