import type { JsonObject } from "./json";
import { createEvent, createRoom, setMembership } from "./room-actions";
import { membersWith } from "./rooms";
import type { SimState } from "./state";

export interface ShutdownParams {
  requesterUserId: string;
  newRoomUserId: string | null;
  newRoomName: string | null;
  message: string | null;
  block: boolean;
  purge: boolean;
}

const DEFAULT_ROOM_NAME = "Content Violation Notification";
const DEFAULT_MESSAGE =
  "Sharing illegal content on this server is not permitted and rooms in violation will be blocked.";

/**
 * `RoomShutdownHandler.shutdown_room` followed by the purge: block if asked, move local members (and aliases) to a
 * new room when `new_room_user_id` is given, make every local member leave, then forget the room entirely.
 */
export function shutdownAndPurge(state: SimState, roomId: string, p: ShutdownParams): JsonObject {
  const result = {
    kicked_users: [] as string[],
    failed_to_kick_users: [] as string[],
    local_aliases: [] as string[],
    new_room_id: null as string | null,
  };
  if (p.block) state.rooms.block(roomId, p.requesterUserId);
  const room = state.rooms.get(roomId);
  if (!room) return result;
  let newRoom = null;
  if (p.newRoomUserId) {
    newRoom = createRoom(state, p.newRoomUserId, {
      preset: "public_chat",
      name: p.newRoomName || DEFAULT_ROOM_NAME,
      powerLevelOverride: { users_default: -10 },
    });
    result.new_room_id = newRoom.roomId;
    createEvent(state, newRoom, {
      type: "m.room.message",
      sender: p.newRoomUserId,
      content: { msgtype: "m.text", body: p.message || DEFAULT_MESSAGE },
    });
  }
  const locals = ["join", "invite", "knock"]
    .flatMap((m) => membersWith(room, m))
    .filter((u) => state.users.isLocal(u));
  for (const userId of locals) {
    setMembership(state, room, userId, "leave", userId);
    if (newRoom && userId !== p.newRoomUserId) {
      setMembership(state, newRoom, userId, "invite", p.newRoomUserId ?? userId);
      setMembership(state, newRoom, userId, "join", userId);
    }
    result.kicked_users.push(userId);
  }
  result.local_aliases = state.rooms.removeAliasesOf(roomId);
  if (newRoom) {
    for (const alias of result.local_aliases) state.rooms.setAlias(alias, newRoom.roomId);
    newRoom.localAliases.push(...result.local_aliases);
  }
  room.published = false;
  if (p.purge) state.rooms.purge(roomId);
  return result;
}
