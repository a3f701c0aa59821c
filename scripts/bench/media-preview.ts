/**
 * How long one blurred preview of a 12-megapixel photo takes: cold (decode + resize + blur + WebP encode, then the
 * cache write) and cached (a disk read). Not a test: run `npx tsx scripts/bench/media-preview.ts` and read the numbers.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { createPreviewCache, previewCacheKey } from "@/lib/media/preview-cache";
import { renderPreview } from "@/lib/media/render-preview";
import { photoJpeg } from "@/lib/media/testing/fixtures";

const RUNS = 5;
const options = { variant: "blurred", maxEdge: 480, blurSigma: 20, greyscale: true } as const;

const ms = (start: number) => performance.now() - start;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const genStart = performance.now();
const photo = await photoJpeg(4000, 3000);
console.log(`input: 4000×3000 JPEG (noise + gradients), ${(photo.length / 1e6).toFixed(1)} MB, generated in ${ms(genStart).toFixed(0)} ms`);

const dir = await mkdtemp(path.join(tmpdir(), "bench-media-"));
try {
  const cache = createPreviewCache({ dir, maxBytes: 64 * 1024 * 1024 });
  const cold: number[] = [];
  const cached: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const key = previewCacheKey(`mxc://bench.example/photo${i}`, "blurred:bench");
    let start = performance.now();
    const result = await renderPreview(photo, options);
    if (!result.ok) throw new Error(`render failed: ${result.reason}`);
    await cache.put(key, result.webp);
    cold.push(ms(start));
    start = performance.now();
    if (!(await cache.get(key))) throw new Error("cache miss");
    cached.push(ms(start));
  }
  console.log(`cold   (render + cache write): median ${median(cold).toFixed(1)} ms  [${cold.map((t) => t.toFixed(0)).join(", ")}]`);
  console.log(`cached (cache read):           median ${median(cached).toFixed(2)} ms  [${cached.map((t) => t.toFixed(2)).join(", ")}]`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
