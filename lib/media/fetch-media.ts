/**
 * Fetches an original file through the admin's authenticated media access, into memory only.
 *
 * Quarantined media answers 404 like deleted media, so a 404 is followed by a media-info lookup: if Synapse says
 * the file is quarantined, the download is retried with `admin_unsafely_bypass_quarantine=true` (Synapse ≥ 1.145).
 * The bypass is never sent first, so an ordinary file never shows up in Synapse's "admin bypassing quarantine" log.
 * Thumbnails are never used: Synapse has none for quarantined media, and ours are rendered from the original anyway.
 */
import { AppError } from "@/lib/errors";
import { isSynapseApiError, SynapseNetworkError } from "@/lib/synapse/errors";
import type { MediaApi } from "@/lib/synapse/media";
import type { MediaRef } from "@/lib/synapse/mxc";
import type { MediaInfo } from "@/lib/synapse/schemas/media";

import { fileNameFromDisposition } from "./file-name";

export interface FetchedMedia {
  bytes: Uint8Array;
  declaredType: string;
  uploadName: string | undefined;
  quarantined: boolean;
}

export async function fetchMedia(media: MediaApi, ref: MediaRef, options: { maxBytes: number }): Promise<FetchedMedia> {
  try {
    const got = await media.download(ref.serverName, ref.mediaId, { maxBytes: options.maxBytes });
    return {
      bytes: got.bytes,
      declaredType: got.contentType,
      uploadName: fileNameFromDisposition(got.contentDisposition),
      quarantined: false,
    };
  } catch (error) {
    if (error instanceof SynapseNetworkError) throw new AppError("UNAVAILABLE", "The homeserver did not answer.");
    if (!isSynapseApiError(error) || error.status !== 404) throw error;
  }
  const info = await mediaInfoOrUndefined(media, ref);
  if (!info?.quarantined_by) throw new AppError("NOT_FOUND", "The homeserver has no such media (deleted or unknown).");
  const got = await media.download(ref.serverName, ref.mediaId, { maxBytes: options.maxBytes, bypassQuarantine: true });
  return {
    bytes: got.bytes,
    declaredType: got.contentType,
    uploadName: info.upload_name ?? fileNameFromDisposition(got.contentDisposition),
    quarantined: true,
  };
}

/** Media info, or undefined when Synapse has none (remote media it never cached, deleted media). */
export async function mediaInfoOrUndefined(media: MediaApi, ref: MediaRef): Promise<MediaInfo | undefined> {
  try {
    return await media.getMediaInfo(ref.serverName, ref.mediaId);
  } catch (error) {
    if (isSynapseApiError(error) && error.status === 404) return undefined;
    throw error;
  }
}
