/**
 * One executor per enforcement kind, each calling the typed Synapse client, and why each is safe to repeat.
 *
 * Repeat safety matters because the worker retries on ambiguous failures (no answer, an unreadable 2xx, a worker
 * that died mid-call): the request may have taken effect. REPEAT_SAFETY makes the author of a new kind say why a
 * repeat is harmless, or answer `false`, in which case an ambiguous failure fails the action for a lead to check
 * instead of risking a double application.
 */
import type { EnforcementKind } from "@/lib/generated/prisma/enums";

import { parseStoredAction, type SpecOf, type SupportedKind } from "./action-schemas";
import { deactivate, setLocked, setShadowBanned, setSuspended } from "./executors/account";
import { deleteMedia, protectMedia, quarantineMedia, quarantineRoomMedia, quarantineUserMedia, unquarantineMedia } from "./executors/media";
import { sendServerNotice } from "./executors/notice";
import { redactUserEvents } from "./executors/redact";
import { deleteRoom, removeFromDirectory, setBlocked } from "./executors/rooms";
import type { ClaimedAction, ExecutionOutcome, ExecutorContext } from "./types";

type Executors = { [K in SupportedKind]: (ctx: ExecutorContext<SpecOf<K>>) => Promise<ExecutionOutcome> };

export const EXECUTORS: Executors = {
  SUSPEND_USER: setSuspended,
  UNSUSPEND_USER: setSuspended,
  LOCK_USER: setLocked,
  UNLOCK_USER: setLocked,
  DEACTIVATE_USER: deactivate,
  SHADOW_BAN_USER: setShadowBanned,
  UNSHADOW_BAN_USER: setShadowBanned,
  REDACT_USER_EVENTS: redactUserEvents,
  QUARANTINE_MEDIA: quarantineMedia,
  UNQUARANTINE_MEDIA: unquarantineMedia,
  QUARANTINE_ROOM_MEDIA: quarantineRoomMedia,
  QUARANTINE_USER_MEDIA: quarantineUserMedia,
  PROTECT_MEDIA: protectMedia,
  DELETE_MEDIA: deleteMedia,
  BLOCK_ROOM: setBlocked,
  UNBLOCK_ROOM: setBlocked,
  DELETE_ROOM: deleteRoom,
  REMOVE_ROOM_FROM_DIRECTORY: removeFromDirectory,
  SEND_SERVER_NOTICE: sendServerNotice,
};

export const REPEAT_SAFETY: Record<SupportedKind, string | false> = {
  SUSPEND_USER: "sets a flag",
  UNSUSPEND_USER: "clears a flag",
  LOCK_USER: "sets a flag (after a lookup, so a typo cannot create an account)",
  UNLOCK_USER: "clears a flag",
  DEACTIVATE_USER: "deactivating a deactivated account is a no-op",
  SHADOW_BAN_USER: "sets a flag",
  UNSHADOW_BAN_USER: "clears a flag",
  REDACT_USER_EVENTS: "a running job refuses a second; a later pass skips events already redacted",
  QUARANTINE_MEDIA: "sets a flag",
  UNQUARANTINE_MEDIA: "clears a flag",
  QUARANTINE_ROOM_MEDIA: "skips media already quarantined",
  QUARANTINE_USER_MEDIA: "skips media already quarantined",
  PROTECT_MEDIA: "sets a flag",
  DELETE_MEDIA: "a repeat's 404 is read as done",
  BLOCK_ROOM: "sets a flag",
  UNBLOCK_ROOM: "clears a flag",
  DELETE_ROOM: "a running deletion is adopted; a repeat on a deleted room changes nothing",
  REMOVE_ROOM_FROM_DIRECTORY: "sets the visibility",
  SEND_SERVER_NOTICE: "PUT with a transaction id derived from the action id",
};

/** Kinds in the database enum that this version cannot carry out (no decision can enqueue them). */
const UNSUPPORTED: Partial<Record<EnforcementKind, string>> = {
  REDACT_EVENT: "redacting a single event is not supported yet; use REDACT_USER_EVENTS with a time window",
  PUBLISH_POLICY_RULE: "publishing to a Matrix policy list is not supported yet",
};

export function isRepeatSafe(kind: EnforcementKind): boolean {
  return kind in REPEAT_SAFETY && REPEAT_SAFETY[kind as SupportedKind] !== false;
}

/** Runs (or polls) one claimed action. Throws on failures for classifyFailure() to judge. */
export async function executeAction(synapse: ExecutorContext["synapse"], action: ClaimedAction): Promise<ExecutionOutcome> {
  const unsupported = UNSUPPORTED[action.kind];
  if (unsupported) return { type: "failed", error: `${action.kind}: ${unsupported}.` };
  const spec = parseStoredAction(action.kind, action.payload);
  // The map is keyed by kind, so the spec parsed for this kind is the one its executor expects; TypeScript cannot
  // correlate the two through the union, hence the one widening here.
  const executor = EXECUTORS[spec.kind] as (ctx: ExecutorContext) => Promise<ExecutionOutcome>;
  return executor({ synapse, action, spec });
}
