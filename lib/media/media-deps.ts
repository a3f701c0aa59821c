/**
 * What the media operations need from the outside world, passed in so tests can point them at a test database,
 * the simulator and a temporary cache folder. Routes use defaultMediaDeps(), built from the environment.
 */
import path from "node:path";

import { db, type Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { synapseFromEnv } from "@/lib/synapse/from-env";
import type { MediaApi } from "@/lib/synapse/media";

import { DEFAULT_DECODE_LIMITS, type DecodeLimits } from "./decode-limits";
import { createPreviewCache, type PreviewCache } from "./preview-cache";

export interface MediaDeps {
  db: Db;
  media: MediaApi;
  /** null disables the disk cache. */
  cache: PreviewCache | null;
  limits: DecodeLimits;
  now: () => Date;
}

let cache: PreviewCache | null | undefined;

export function defaultMediaDeps(): MediaDeps {
  if (cache === undefined) {
    const { CONSOLE_DATA_DIR, MEDIA_PREVIEW_CACHE_MB } = env();
    cache =
      MEDIA_PREVIEW_CACHE_MB > 0
        ? createPreviewCache({ dir: path.join(CONSOLE_DATA_DIR, "media-cache"), maxBytes: MEDIA_PREVIEW_CACHE_MB * 1024 * 1024 })
        : null;
  }
  return { db: db(), media: synapseFromEnv().media, cache, limits: DEFAULT_DECODE_LIMITS, now: () => new Date() };
}
