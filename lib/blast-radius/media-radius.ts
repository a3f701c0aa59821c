/**
 * The radius of an action on one file: its size and hash. Quarantine follows the hash (Synapse ≥ 1.128), so every
 * copy of the same bytes, local or cached remote, goes with it; the note says so because the count of touched
 * files can be larger than one.
 */
import type { EnforcementActionSpec } from "@/lib/enforcement/action-schemas";
import { mediaInfoOrUndefined } from "@/lib/media/fetch-media";
import { parseMxc } from "@/lib/synapse";
import type { MediaApi } from "@/lib/synapse/media";

import type { MediaRadius } from "./types";

export async function mediaRadius(
  media: MediaApi,
  mxc: string,
  actions: readonly EnforcementActionSpec[],
): Promise<MediaRadius> {
  const notes: string[] = [];
  const ref = parseMxc(mxc);
  const info = ref ? await mediaInfoOrUndefined(media, ref).catch(() => undefined) : undefined;
  if (!info) notes.push("Synapse has no information on this file (deleted, or remote and never cached).");
  if (actions.some((a) => a.kind === "QUARANTINE_MEDIA")) {
    notes.push("Quarantine also applies to every other file with the same SHA-256 on this server.");
  }
  return {
    mxc,
    actionKinds: actions.map((a) => a.kind),
    size: info?.media_length ?? null,
    mediaType: info?.media_type ?? null,
    sha256: info?.sha256 ?? null,
    quarantined: info ? !!info.quarantined_by : null,
    notes,
  };
}
