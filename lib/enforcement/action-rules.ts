/**
 * Which permission each enforcement kind needs, which kinds only make sense for local accounts or media, and which
 * kinds lift an earlier restriction (the only ones a "no violation" decision may carry). Pure data and functions, so
 * the decision form, the domain function and the tests read the same table.
 */
import type { Permission } from "@/lib/auth/permissions";
import { parseMxc } from "@/lib/synapse";

import type { EnforcementActionSpec, SupportedKind } from "./action-schemas";

export const ACTION_PERMISSION: Record<SupportedKind, Permission> = {
  SUSPEND_USER: "user.suspend",
  UNSUSPEND_USER: "user.suspend",
  LOCK_USER: "user.lock",
  UNLOCK_USER: "user.lock",
  DEACTIVATE_USER: "user.deactivate",
  SHADOW_BAN_USER: "user.shadow_ban",
  UNSHADOW_BAN_USER: "user.shadow_ban",
  REDACT_USER_EVENTS: "user.redact",
  QUARANTINE_MEDIA: "media.quarantine",
  UNQUARANTINE_MEDIA: "media.quarantine",
  QUARANTINE_ROOM_MEDIA: "media.quarantine",
  QUARANTINE_USER_MEDIA: "media.quarantine",
  PROTECT_MEDIA: "media.quarantine",
  DELETE_MEDIA: "media.delete",
  BLOCK_ROOM: "room.block",
  UNBLOCK_ROOM: "room.block",
  REMOVE_ROOM_FROM_DIRECTORY: "room.block",
  DELETE_ROOM: "room.delete",
  // Telling a user about a decision is part of deciding; the statement of reasons is the reviewer's own text.
  SEND_SERVER_NOTICE: "case.decide",
};

/** Kinds that undo a restriction: a "no violation" decision (e.g. after a mistaken suspension) may carry these. */
export const REVERSING_KINDS: ReadonlySet<SupportedKind> = new Set([
  "UNSUSPEND_USER",
  "UNLOCK_USER",
  "UNSHADOW_BAN_USER",
  "UNQUARANTINE_MEDIA",
  "UNBLOCK_ROOM",
  "SEND_SERVER_NOTICE",
]);

/**
 * Why an action cannot apply to a remote account, in words a reviewer can act on. Synapse holds no account for a
 * remote user: it cannot suspend, lock, deactivate or shadow-ban one, nor send them a server notice. Mass redaction
 * of a remote user would be issued as our admin (failing in every room where the admin has no power) and would not
 * reach copies held by other servers, so it is refused too.
 */
const REMOTE_USER_REASON: Partial<Record<SupportedKind, string>> = {
  SUSPEND_USER: "only accounts on this homeserver can be suspended",
  UNSUSPEND_USER: "only accounts on this homeserver can be suspended or unsuspended",
  LOCK_USER: "only accounts on this homeserver can be locked",
  UNLOCK_USER: "only accounts on this homeserver can be locked or unlocked",
  DEACTIVATE_USER: "only accounts on this homeserver can be deactivated",
  SHADOW_BAN_USER: "only accounts on this homeserver can be shadow-banned",
  UNSHADOW_BAN_USER: "only accounts on this homeserver can be shadow-banned or unbanned",
  REDACT_USER_EVENTS:
    "mass redaction of a remote user would be sent as our admin, fails in rooms where the admin has no power, and " +
    "cannot remove the copies other servers hold",
  QUARANTINE_USER_MEDIA: "Synapse only tracks the uploader of media uploaded to this homeserver",
  SEND_SERVER_NOTICE: "server notices can only be delivered to accounts on this homeserver",
};

const LOCAL_MEDIA_REASON: Partial<Record<SupportedKind, string>> = {
  PROTECT_MEDIA: "protection applies to media uploaded to this homeserver only",
  DELETE_MEDIA: "only media uploaded to this homeserver can be deleted (quarantine remote media instead)",
};

export function serverOfUserId(userId: string): string {
  return userId.slice(userId.indexOf(":") + 1);
}

/**
 * Null when the action can apply on a homeserver called `localServerName`, otherwise a sentence saying why not and
 * what to do instead. Remote users can only be handled through rooms, policy lists and media.
 */
export function whyActionCannotApply(action: EnforcementActionSpec, localServerName: string): string | null {
  const remoteUser = REMOTE_USER_REASON[action.kind];
  if (remoteUser && "userId" in action && serverOfUserId(action.userId) !== localServerName) {
    return `${action.kind} cannot apply to ${action.userId}: ${remoteUser}. Handle remote users through room bans, policy lists and media quarantine.`;
  }
  const localMedia = LOCAL_MEDIA_REASON[action.kind];
  if (localMedia && "mxc" in action && parseMxc(action.mxc)?.serverName !== localServerName) {
    return `${action.kind} cannot apply to ${action.mxc}: ${localMedia}.`;
  }
  return null;
}
