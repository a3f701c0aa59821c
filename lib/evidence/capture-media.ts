/**
 * One media snapshot: Synapse's metadata and SHA-256 for every file involved, and the bytes of files being
 * quarantined or deleted, within the per-file and per-decision caps. Quarantined files are read with the admin
 * bypass (fetchMedia does that), so a file quarantined earlier can still be preserved before it is deleted.
 *
 * Over a cap the snapshot keeps metadata and hash and says which cap, rather than silently storing nothing.
 */
import { canonicalJson } from "@/lib/audit/chain";
import { AppError } from "@/lib/errors";
import { fetchMedia, mediaInfoOrUndefined } from "@/lib/media/fetch-media";
import { sha256Hex } from "@/lib/media/hash-media";
import { parseMxc } from "@/lib/synapse";
import { SynapseMediaTooLargeError } from "@/lib/synapse/errors";
import type { MediaApi } from "@/lib/synapse/media";
import type { MediaInfo } from "@/lib/synapse/schemas/media";

import { toJson } from "./capture-event";
import type { BytesOmitted, EvidenceLimits, PreparedSnapshot } from "./types";

/** Bytes still allowed for this decision; captureMedia spends from it. */
export type ByteBudget = { remaining: number };

export async function captureMedia(
  media: MediaApi,
  item: { mxc: string; keepBytes: boolean },
  limits: Pick<EvidenceLimits, "maxFileBytes">,
  budget: ByteBudget,
): Promise<PreparedSnapshot> {
  const ref = parseMxc(item.mxc);
  if (!ref) throw new AppError("BAD_REQUEST", `${item.mxc} is not an mxc:// URI.`);
  const info = await mediaInfoOrUndefined(media, ref);
  const kept = item.keepBytes
    ? await keepBytes(media, ref, info, limits, budget)
    : { omitted: "not_requested" as const };
  const bytes = "bytes" in kept ? kept.bytes : null;
  const synapseSha256 = info?.sha256 ?? null;
  const ownSha256 = bytes ? sha256Hex(bytes) : null;
  const data = toJson({
    mxc: item.mxc,
    mediaInfo: info ?? null,
    size: bytes?.byteLength ?? info?.media_length ?? null,
    contentType: "contentType" in kept ? kept.contentType : (info?.media_type ?? null),
    bytesKept: bytes !== null,
    bytesOmitted: "omitted" in kept ? kept.omitted : null,
    synapseSha256,
    sha256Of: ownSha256 ? "content" : synapseSha256 ? "synapse" : "data",
    // A mismatch means the file Synapse served is not the one it hashed at upload: worth a lead's attention.
    sha256MatchesSynapse: ownSha256 && synapseSha256 ? ownSha256 === synapseSha256 : null,
  });
  const sha256 = ownSha256 ?? synapseSha256 ?? sha256Hex(canonicalJson(data));
  return { kind: "media", subjectKey: item.mxc, data, content: bytes, sha256 };
}

type Kept = { bytes: Uint8Array; contentType: string } | { omitted: BytesOmitted };

async function keepBytes(
  media: MediaApi,
  ref: { serverName: string; mediaId: string },
  info: MediaInfo | undefined,
  limits: Pick<EvidenceLimits, "maxFileBytes">,
  budget: ByteBudget,
): Promise<Kept> {
  if (!info) return { omitted: "not_found" };
  const declared = info.media_length ?? 0;
  if (declared > limits.maxFileBytes) return { omitted: "over_file_cap" };
  if (declared > budget.remaining) return { omitted: "over_decision_cap" };
  const maxBytes = Math.min(limits.maxFileBytes, budget.remaining);
  try {
    const file = await fetchMedia(media, ref, { maxBytes });
    budget.remaining -= file.bytes.byteLength;
    return { bytes: file.bytes, contentType: file.declaredType };
  } catch (error) {
    // The declared length can be missing or wrong; the download limit is the cap that actually holds.
    if (error instanceof SynapseMediaTooLargeError) {
      return { omitted: maxBytes < limits.maxFileBytes ? "over_decision_cap" : "over_file_cap" };
    }
    if (error instanceof AppError && error.code === "NOT_FOUND") return { omitted: "not_found" };
    return { omitted: "fetch_failed" };
  }
}
