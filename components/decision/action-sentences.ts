/**
 * How each action is described to the affected user in the statement of reasons ({actions}). Written for the
 * person, not the admin API. A shadow-ban is described as a restriction on reach: naming it would defeat it, and
 * the statement still tells the user that their messages are restricted and why.
 */
import type { ActionChoice, ActionKind } from "./types";

const SENTENCES: Record<ActionKind, (target: string) => string> = {
  SUSPEND_USER: () => "your account is suspended: you can still sign in and read, but not send messages, join or invite",
  UNSUSPEND_USER: () => "the suspension of your account is lifted",
  LOCK_USER: () => "your account is locked and you cannot sign in",
  UNLOCK_USER: () => "your account is unlocked",
  DEACTIVATE_USER: () => "your account is closed permanently",
  SHADOW_BAN_USER: () => "the reach of your messages is restricted",
  UNSHADOW_BAN_USER: () => "the restriction on your messages is lifted",
  REDACT_USER_EVENTS: () => "your messages are being removed",
  QUARANTINE_MEDIA: () => "a file you shared is no longer available",
  UNQUARANTINE_MEDIA: () => "a file you shared is available again",
  QUARANTINE_ROOM_MEDIA: (room) => `files shared in ${room} are no longer available`,
  QUARANTINE_USER_MEDIA: () => "the files you uploaded are no longer available",
  PROTECT_MEDIA: () => "a file you shared is protected from removal",
  DELETE_MEDIA: () => "a file you shared is deleted",
  BLOCK_ROOM: (room) => `the room ${room} is closed on this server`,
  UNBLOCK_ROOM: (room) => `the room ${room} is open again on this server`,
  DELETE_ROOM: (room) => `the room ${room} is shut down`,
  REMOVE_ROOM_FROM_DIRECTORY: (room) => `the room ${room} is removed from the public room directory`,
  SEND_SERVER_NOTICE: () => "we have sent you a message about it",
};

export function actionSentence(choice: Pick<ActionChoice, "kind" | "target">): string {
  return SENTENCES[choice.kind](choice.target);
}
