/**
 * Width and height of a raster image from its header alone (no pixels decoded), for descriptors. Only formats the
 * preview pipeline accepts are read; anything else has no dimensions as far as the console is concerned.
 */
import sharp from "sharp";

import type { Dimensions } from "./render-preview";
import { sniffType } from "./sniff-type";

export async function readImageDimensions(bytes: Uint8Array): Promise<Dimensions | null> {
  if (!sniffType(bytes).decodable) return null;
  try {
    const meta = await sharp(bytes, { limitInputPixels: false, pages: 1, autoOrient: true }).metadata();
    const width = meta.autoOrient?.width ?? meta.width;
    const height = meta.pageHeight ?? meta.autoOrient?.height ?? meta.height;
    return width && height ? { width, height } : null;
  } catch {
    return null;
  }
}
