/**
 * A descriptor for a file too large to fetch (the transfer was aborted at the byte limit): what Synapse knows about
 * it instead, its claimed type and size, name and sha256, so the reviewer still has hash evidence to go on.
 */
import type { MediaApi } from "@/lib/synapse/media";
import type { MediaRef } from "@/lib/synapse/mxc";

import type { MediaDescriptor } from "./describe-media";
import { mediaInfoOrUndefined } from "./fetch-media";
import { sanitizeFileName } from "./file-name";

export async function describeTooLarge(media: MediaApi, ref: MediaRef): Promise<MediaDescriptor> {
  const info = await mediaInfoOrUndefined(media, ref);
  return {
    type: "application/octet-stream",
    family: "unknown",
    declaredType: info?.media_type.replace(/[^\w.+/;= -]/g, "").slice(0, 100) ?? null,
    size: info?.media_length ?? 0,
    name: sanitizeFileName(info?.upload_name),
    sha256: info?.sha256 && /^[0-9a-f]{64}$/.test(info.sha256) ? info.sha256 : null,
    md5: null,
    dimensions: null,
    reason: "too_large",
  };
}
