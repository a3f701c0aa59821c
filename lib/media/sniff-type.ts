/**
 * The real type of a file, from its first bytes. The declared Content-Type and the file name come from the uploader
 * (an attacker, in the cases that matter), so they are shown to reviewers but never decide how bytes are handled:
 * a PNG named cat.jpg is a PNG, and an SVG declared as image/png is still an SVG that is never decoded.
 */
export type MediaFamily = "raster" | "vector" | "video" | "audio" | "document" | "archive" | "text" | "unknown";

export interface SniffedType {
  mime: string;
  family: MediaFamily;
  /** Raster formats the preview pipeline decodes (with limits); everything else is only described. */
  decodable: boolean;
}

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  Buffer.from(bytes.subarray(start, Math.min(end, bytes.length))).toString("latin1");

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);

const raster = (mime: string): SniffedType => ({ mime, family: "raster", decodable: true });
const other = (mime: string, family: MediaFamily): SniffedType => ({ mime, family, decodable: false });

export function sniffType(bytes: Uint8Array): SniffedType {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return raster("image/jpeg");
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return raster("image/png");
  const head = ascii(bytes, 0, 12);
  if (head.startsWith("GIF87a") || head.startsWith("GIF89a")) return raster("image/gif");
  if (head.startsWith("RIFF") && head.slice(8, 12) === "WEBP") return raster("image/webp");
  if (head.startsWith("RIFF") && head.slice(8, 12) === "WAVE") return other("audio/wav", "audio");
  if (head.slice(4, 8) === "ftyp") return sniffIsoMedia(bytes);
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return other("video/webm", "video");
  if (head.startsWith("OggS")) return other("audio/ogg", "audio");
  if (head.startsWith("ID3") || startsWith(bytes, [0xff, 0xfb])) return other("audio/mpeg", "audio");
  if (head.startsWith("fLaC")) return other("audio/flac", "audio");
  if (head.startsWith("%PDF-")) return other("application/pdf", "document");
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return other("application/zip", "archive");
  if (head.startsWith("II*\0") || head.startsWith("MM\0*")) return other("image/tiff", "raster");
  if (head.startsWith("BM")) return other("image/bmp", "raster");
  return sniffText(bytes);
}

// ISO base media (MP4, MOV, HEIF, AVIF): the major brand and compatible brands in the `ftyp` box say which.
function sniffIsoMedia(bytes: Uint8Array): SniffedType {
  const boxSize = Math.min(((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0), 256);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(bytes, at, at + 4));
  // AVIF is decoded (sharp ships libheif with the AV1 decoder); HEIC (HEVC) is not in the prebuilt libvips.
  if (brands.includes("avif") || brands.includes("avis")) return raster("image/avif");
  if (brands.some((b) => ["heic", "heix", "mif1", "msf1"].includes(b))) return other("image/heic", "raster");
  if (brands[0] === "qt  ") return other("video/quicktime", "video");
  if (brands.some((b) => b.startsWith("M4A"))) return other("audio/mp4", "audio");
  return other("video/mp4", "video");
}

// Markup is recognised anywhere in the first kilobyte, after a BOM, whitespace, an XML prolog or comments.
function sniffText(bytes: Uint8Array): SniffedType {
  const text = ascii(bytes, 0, 1024).replace(/^\xef\xbb\xbf/, "").trimStart().toLowerCase();
  if (/<svg[\s>]/.test(text)) return other("image/svg+xml", "vector");
  if (text.startsWith("<!doctype html") || /<(html|head|body|script)[\s>]/.test(text)) return other("text/html", "text");
  if (text.startsWith("<?xml")) return other("application/xml", "text");
  const sample = bytes.subarray(0, 512);
  const printable = sample.length > 0 && sample.every((b) => b === 9 || b === 10 || b === 13 || b >= 32);
  return printable ? other("text/plain", "text") : other("application/octet-stream", "unknown");
}
