/**
 * Media actions. Quarantine by id answers `{}` even for media Synapse does not have and silently skips protected
 * media, so a 2xx alone proves nothing: the quarantine executor reads the media back and reports why it did not
 * take. Deleting media is the one action whose repeat answers differently (404), handled below.
 */
import { isSynapseApiError, parseMxc, type MediaRef } from "@/lib/synapse";

import type { SpecOf } from "../action-schemas";
import type { ExecutionOutcome, ExecutorContext } from "../types";

function ref(mxc: string): MediaRef {
  const parsed = parseMxc(mxc);
  if (!parsed) throw new Error(`not an mxc URI: ${mxc}`); // the schema already refused these; kept for the type
  return parsed;
}

export async function quarantineMedia({ synapse, spec }: ExecutorContext<SpecOf<"QUARANTINE_MEDIA">>): Promise<ExecutionOutcome> {
  const { serverName, mediaId } = ref(spec.mxc);
  await synapse.media.quarantine(serverName, mediaId);
  let info;
  try {
    info = await synapse.media.getMediaInfo(serverName, mediaId);
  } catch (error) {
    if (isSynapseApiError(error, "M_NOT_FOUND")) {
      return { type: "failed", error: `Synapse has no copy of ${spec.mxc} (not uploaded here, not cached), so nothing was quarantined.` };
    }
    throw error;
  }
  if (info.quarantined_by) return { type: "done", result: { quarantinedBy: info.quarantined_by, sha256: info.sha256 ?? null } };
  if (info.safe_from_quarantine) {
    return { type: "failed", error: `${spec.mxc} is protected from quarantine; unprotect it first if it must go.` };
  }
  return { type: "failed", error: `Synapse accepted the quarantine of ${spec.mxc} but the media is not quarantined.` };
}

export async function unquarantineMedia({ synapse, spec }: ExecutorContext<SpecOf<"UNQUARANTINE_MEDIA">>): Promise<ExecutionOutcome> {
  const { serverName, mediaId } = ref(spec.mxc);
  await synapse.media.unquarantine(serverName, mediaId);
  return { type: "done" };
}

export async function quarantineRoomMedia({ synapse, spec }: ExecutorContext<SpecOf<"QUARANTINE_ROOM_MEDIA">>): Promise<ExecutionOutcome> {
  // Counts only newly quarantined files, so a repeat reports 0: the first count is in the first attempt's result.
  const count = await synapse.media.quarantineRoomMedia(spec.roomId);
  return { type: "done", result: { numQuarantined: count } };
}

export async function quarantineUserMedia({ synapse, spec }: ExecutorContext<SpecOf<"QUARANTINE_USER_MEDIA">>): Promise<ExecutionOutcome> {
  const count = await synapse.media.quarantineUserMedia(spec.userId);
  return { type: "done", result: { numQuarantined: count } };
}

export async function protectMedia({ synapse, spec }: ExecutorContext<SpecOf<"PROTECT_MEDIA">>): Promise<ExecutionOutcome> {
  await synapse.media.protect(ref(spec.mxc).mediaId);
  return { type: "done" };
}

export async function deleteMedia({ synapse, spec, action }: ExecutorContext<SpecOf<"DELETE_MEDIA">>): Promise<ExecutionOutcome> {
  const { serverName, mediaId } = ref(spec.mxc);
  try {
    const answer = await synapse.media.deleteMedia(serverName, mediaId);
    return { type: "done", result: { deleted: answer.deleted_media } };
  } catch (error) {
    // After an earlier attempt whose answer was lost, "Unknown media" means that attempt deleted it.
    if (action.attempts > 1 && isSynapseApiError(error, "M_NOT_FOUND")) {
      return { type: "done", result: { deleted: [mediaId], note: "already gone when re-attempted" } };
    }
    throw error;
  }
}
