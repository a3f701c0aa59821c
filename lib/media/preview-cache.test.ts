import { mkdtemp, readdir, rm, stat, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { createPreviewCache, previewCacheKey } from "./preview-cache";

describe("preview cache", () => {
  let dir: string;
  beforeEach(async () => {
    dir = path.join(await mkdtemp(path.join(tmpdir(), "preview-cache-")), "cache");
  });
  afterEach(async () => {
    await rm(path.dirname(dir), { recursive: true, force: true });
  });

  it("stores renditions under opaque names with owner-only permissions", async () => {
    const cache = createPreviewCache({ dir, maxBytes: 1024 * 1024 });
    const key = previewCacheKey("mxc://example.org/abc", "blurred:s16:g1:480");
    await cache.put(key, Buffer.from("webp-bytes"));
    expect((await cache.get(key))?.toString()).toBe("webp-bytes");
    expect(await readdir(dir)).toEqual([`${key}.webp`]);
    expect((await stat(path.join(dir, `${key}.webp`))).mode & 0o777).toBe(0o600);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    expect(key).not.toBe(previewCacheKey("mxc://example.org/abc", "blurred:s24:g1:480"));
  });

  it("misses cleanly and refuses keys that are not digests", async () => {
    const cache = createPreviewCache({ dir, maxBytes: 1024 });
    expect(await cache.get("0".repeat(64))).toBeUndefined();
    await expect(cache.put("../../etc/passwd", Buffer.from("x"))).rejects.toThrow(/sha256/);
  });

  it("evicts the least recently used files past its size cap", async () => {
    const cache = createPreviewCache({ dir, maxBytes: 3500 });
    const keys = ["a", "b", "c"].map((v) => previewCacheKey(`mxc://example.org/${v}`, "blurred"));
    for (const [i, key] of keys.entries()) {
      await cache.put(key, Buffer.alloc(1000, i));
      // Distinct, increasing mtimes without sleeping: set them explicitly.
      const when = new Date(Date.now() - (10 - i) * 1000);
      await utimes(path.join(dir, `${key}.webp`), when, when);
    }
    expect(await cache.get(keys[0]!)).toBeDefined(); // touch "a": now the most recently used
    await cache.put(previewCacheKey("mxc://example.org/d", "blurred"), Buffer.alloc(1000, 9));
    const left = await readdir(dir);
    expect(left).toContain(`${keys[0]}.webp`);
    // Over the cap, it drops the oldest (b, then c) until the folder is at 80% of the cap.
    expect(left).not.toContain(`${keys[1]}.webp`);
    expect(left).not.toContain(`${keys[2]}.webp`);
    expect(left.length).toBe(2);
  });
});
