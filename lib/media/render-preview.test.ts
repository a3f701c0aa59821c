import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";

import { DEFAULT_DECODE_LIMITS } from "./decode-limits";
import { renderPreview, type RenderOptions } from "./render-preview";
import { animatedGif, photoJpeg, photoLike, pngBombHeader, SCRIPTED_SVG, truncatedJpeg } from "./testing/fixtures";

const blurred: RenderOptions = { variant: "blurred", maxEdge: 480, blurSigma: 16, greyscale: false };

async function rendered(bytes: Uint8Array, options: RenderOptions = blurred) {
  const result = await renderPreview(bytes, options);
  if (!result.ok) throw new Error(`expected a preview, got ${result.reason}`);
  return result;
}

/** Mean Laplacian magnitude and per-channel standard deviation: both fall sharply when an image is blurred. */
async function detail(image: Buffer) {
  const stats = await sharp(image).stats();
  return { sharpness: stats.sharpness, stdev: stats.channels[0]!.stdev };
}

describe("renderPreview", () => {
  let photo: Buffer;
  beforeAll(async () => {
    photo = await photoJpeg(1600, 1200, { exif: true });
  });

  it("produces a small WebP with no metadata left from the original", async () => {
    const out = await rendered(photo);
    const meta = await sharp(out.webp).metadata();
    expect(meta.format).toBe("webp");
    expect(Math.max(meta.width, meta.height)).toBe(480);
    expect([out.width, out.height]).toEqual([480, 360]);
    expect(out.source).toEqual({ width: 1600, height: 1200 });
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(out.webp.includes("SECRET-EXIF-MARKER")).toBe(false);
    expect(out.webp.length).toBeLessThan(photo.length);
  });

  it("is measurably blurred compared with an unblurred resize of the same size", async () => {
    const out = await rendered(photo);
    const plain = await sharp(photo).resize(480, 480, { fit: "inside" }).webp({ quality: 60 }).toBuffer();
    const [b, p] = [await detail(out.webp), await detail(plain)];
    expect(b.sharpness).toBeLessThan(p.sharpness * 0.2);
    expect(b.stdev).toBeLessThan(p.stdev);
  });

  it("blurs more with a larger sigma", async () => {
    const weak = await rendered(photo, { ...blurred, blurSigma: 2 });
    const strong = await rendered(photo, { ...blurred, blurSigma: 40 });
    expect((await detail(strong.webp)).sharpness).toBeLessThan((await detail(weak.webp)).sharpness);
  });

  it("is greyscale when asked (all channels equal)", async () => {
    const out = await rendered(photo, { ...blurred, greyscale: true });
    const { data, info } = await sharp(out.webp).toColourspace("srgb").removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(3);
    let maxSpread = 0;
    for (let i = 0; i < data.length; i += 3) {
      maxSpread = Math.max(maxSpread, Math.abs(data[i]! - data[i + 1]!), Math.abs(data[i + 1]! - data[i + 2]!));
    }
    expect(maxSpread).toBeLessThanOrEqual(2);
  });

  it("re-encodes the revealed rendition without blurring it", async () => {
    const revealed = await rendered(photo, { ...blurred, variant: "revealed", maxEdge: 1280 });
    const meta = await sharp(revealed.webp).metadata();
    expect([meta.format, meta.width, meta.exif]).toEqual(["webp", 1280, undefined]);
    const plain = await sharp(photo).resize(1280, 1280, { fit: "inside" }).webp({ quality: 82 }).toBuffer();
    expect((await detail(revealed.webp)).sharpness).toBeGreaterThan((await detail(plain)).sharpness * 0.8);
  });

  it("refuses a decompression bomb from its header, without allocating its pixels", async () => {
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const result = await renderPreview(pngBombHeader(), blurred);
    expect(result).toMatchObject({ ok: false, reason: "too_many_pixels", source: { width: 100_000, height: 100_000 } });
    expect(performance.now() - started).toBeLessThan(2_000);
    // 10 gigapixels of RGB would be 30 GB; anything near that would have shown up (or crashed the process).
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it("refuses a truncated JPEG instead of rendering grey bands", async () => {
    expect(await renderPreview(await truncatedJpeg(), blurred)).toMatchObject({ ok: false, reason: "undecodable" });
  });

  it("never decodes an SVG, even one declared or named as a raster image", async () => {
    const result = await renderPreview(SCRIPTED_SVG, blurred);
    expect(result).toMatchObject({ ok: false, reason: "unsupported_type", sniffed: { mime: "image/svg+xml" } });
  });

  it("goes by the bytes, not the name: a PNG called .jpg renders as the PNG it is", async () => {
    const png = await photoLike(300, 200);
    const out = await rendered(png);
    expect(out.sniffed.mime).toBe("image/png");
    expect([out.width, out.height]).toEqual([300, 200]);
  });

  it("renders only the first frame of an animated GIF", async () => {
    const out = await rendered(await animatedGif(), { ...blurred, blurSigma: 1 });
    const meta = await sharp(out.webp, { animated: true }).metadata();
    expect(meta.pages ?? 1).toBe(1);
    expect(out.height).toBe(48);
    const stats = await sharp(out.webp).stats();
    expect(stats.channels[0]!.mean).toBeGreaterThan(200); // red, the first frame
    expect(stats.channels[2]!.mean).toBeLessThan(50);
  });

  it("applies the byte and pixel limits it is given", async () => {
    const small = { ...DEFAULT_DECODE_LIMITS, maxPixels: 100 * 100 };
    expect(await renderPreview(photo, { ...blurred, limits: small })).toMatchObject({ ok: false, reason: "too_many_pixels" });
    const tiny = { ...DEFAULT_DECODE_LIMITS, maxInputBytes: 1024 };
    expect(await renderPreview(photo, { ...blurred, limits: tiny })).toMatchObject({ ok: false, reason: "too_large" });
  });

  it("renders AVIF, which this sharp build decodes", async () => {
    const avif = await sharp(await photoLike(200, 100)).avif({ quality: 50 }).toBuffer();
    const out = await rendered(avif);
    expect([out.sniffed.mime, out.width]).toEqual(["image/avif", 200]);
  });
});
