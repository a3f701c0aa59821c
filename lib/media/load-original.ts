/**
 * The original file for one request, or a descriptor when it cannot be fetched within the byte limit. Shared by
 * preview, reveal, info and download so every path applies the same limit and quarantine handling.
 */
import { SynapseMediaTooLargeError } from "@/lib/synapse/errors";
import type { MediaApi } from "@/lib/synapse/media";
import type { MediaRef } from "@/lib/synapse/mxc";

import type { MediaDescriptor } from "./describe-media";
import { describeTooLarge } from "./describe-too-large";
import { type FetchedMedia, fetchMedia } from "./fetch-media";

export type LoadedOriginal = { ok: true; file: FetchedMedia } | { ok: false; descriptor: MediaDescriptor };

export async function loadOriginal(media: MediaApi, ref: MediaRef, maxBytes: number): Promise<LoadedOriginal> {
  try {
    return { ok: true, file: await fetchMedia(media, ref, { maxBytes }) };
  } catch (error) {
    if (error instanceof SynapseMediaTooLargeError) return { ok: false, descriptor: await describeTooLarge(media, ref) };
    throw error;
  }
}
