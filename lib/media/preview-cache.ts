/**
 * Rendered previews on disk, so scrolling back through a queue does not re-download and re-decode every file.
 *
 * Only blurred renditions are stored: originals never touch the disk (they stay in memory for the one request that
 * fetched them), and neither do revealed (unblurred) renditions, which are rare, budgeted and audited anyway.
 * File names are a hash of the mxc URI and the rendering settings, so the cache folder says nothing about what it
 * holds; files are 0600 in a 0700 folder. When the folder grows past its cap the least recently used files go
 * (a hit refreshes a file's mtime), down to 80% of the cap so eviction does not run on every write.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from "node:fs/promises";
import path from "node:path";

import { sha256Hex } from "./hash-media";

export interface PreviewCache {
  get(key: string): Promise<Buffer | undefined>;
  put(key: string, webp: Buffer): Promise<void>;
}

export interface PreviewCacheOptions {
  dir: string;
  maxBytes: number;
}

/** The cache key for one rendition: the media plus every setting that changes the pixels. */
export function previewCacheKey(mxc: string, variant: string): string {
  return sha256Hex(`${mxc}\n${variant}`);
}

export function createPreviewCache({ dir, maxBytes }: PreviewCacheOptions): PreviewCache {
  let estimatedBytes: number | undefined;
  const fileFor = (key: string) => {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error("preview cache keys are sha256 hex digests");
    return path.join(dir, `${key}.webp`);
  };

  return {
    async get(key) {
      const file = fileFor(key);
      try {
        const data = await readFile(file);
        const now = new Date();
        await utimes(file, now, now).catch(() => undefined);
        return data;
      } catch {
        return undefined;
      }
    },

    async put(key, webp) {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      estimatedBytes ??= await folderSize(dir);
      // Write then rename, so a concurrent reader never sees half a file.
      const temp = path.join(dir, `.${randomBytes(8).toString("hex")}.tmp`);
      await writeFile(temp, webp, { mode: 0o600 });
      await rename(temp, fileFor(key));
      estimatedBytes += webp.length;
      if (estimatedBytes > maxBytes) estimatedBytes = await evict(dir, Math.floor(maxBytes * 0.8));
    },
  };
}

async function listEntries(dir: string) {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".webp"));
  const entries = await Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name);
      const info = await stat(file).catch(() => undefined);
      return info ? { file, size: info.size, used: info.mtimeMs } : undefined;
    }),
  );
  return entries.filter((e) => e !== undefined);
}

async function folderSize(dir: string): Promise<number> {
  return (await listEntries(dir)).reduce((sum, e) => sum + e.size, 0);
}

/** Deletes least recently used files until the folder is at most `target` bytes; returns the new size. */
async function evict(dir: string, target: number): Promise<number> {
  const entries = (await listEntries(dir)).sort((a, b) => a.used - b.used);
  let total = entries.reduce((sum, e) => sum + e.size, 0);
  for (const entry of entries) {
    if (total <= target) break;
    await unlink(entry.file).catch(() => undefined);
    total -= entry.size;
  }
  return total;
}
