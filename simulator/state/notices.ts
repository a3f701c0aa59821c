import type { StoredEvent } from "./events";
import type { JsonObject } from "./json";
import { createEvent, createRoom, setMembership } from "./room-actions";
import { membership, type Room } from "./rooms";
import { SERVER_NOTICES, type SimState } from "./state";

/**
 * `ServerNoticesManager` with the test peer's config (`auto_join: true`): one private room per user, created by the
 * notices user with `users_default: -10` (so the user can't speak, nor redact their own join there), reused after the
 * user leaves (they're invited and auto-joined again). Auto-join is server-initiated, so suspension doesn't block it.
 */
export function noticesRoomFor(state: SimState, userId: string): Room | undefined {
  return state.rooms.all().find((r) => r.noticesFor === userId);
}

export function sendServerNotice(
  state: SimState,
  userId: string,
  type: string,
  stateKey: string | undefined,
  content: JsonObject,
  ts?: number,
): StoredEvent {
  const sender = state.noticesUserId;
  let room = noticesRoomFor(state, userId);
  if (!room) {
    room = createRoom(state, sender, {
      preset: "private_chat",
      name: SERVER_NOTICES.roomName,
      powerLevelOverride: { users_default: -10 },
      creatorDisplayname: SERVER_NOTICES.displayname,
      ...(ts !== undefined ? { ts } : {}),
    });
    room.noticesFor = userId;
  }
  const current = membership(room, userId);
  if (current !== "join" && current !== "invite") {
    setMembership(state, room, userId, "invite", sender, ts);
    setMembership(state, room, userId, "join", userId, ts);
  } else if (current === "invite") {
    setMembership(state, room, userId, "join", userId, ts);
  }
  return createEvent(state, room, {
    type,
    sender,
    ...(stateKey !== undefined ? { stateKey } : {}),
    content,
    ...(ts !== undefined ? { ts } : {}),
  });
}
