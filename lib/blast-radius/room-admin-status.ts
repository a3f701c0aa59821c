/**
 * Whether a user is the last admin of one room, read from Synapse: joined members, power levels and the create
 * event (for room version 12 creators). Three small requests; the caller bounds how many rooms are looked at.
 */
import type { RoomsApi } from "@/lib/synapse/rooms";

import { isSoleAdmin } from "./room-admins";

export async function isSoleAdminOfRoom(rooms: RoomsApi, roomId: string, userId: string): Promise<boolean> {
  const [members, powerLevels, create] = await Promise.all([
    rooms.getMembers(roomId),
    rooms.getState(roomId, { type: "m.room.power_levels" }),
    rooms.getState(roomId, { type: "m.room.create" }),
  ]);
  const pl = powerLevels.find((e) => e.state_key === "" || e.state_key === undefined) ?? null;
  const created = create[0] ?? null;
  return isSoleAdmin(
    userId,
    members.members,
    pl?.content ?? null,
    created ? { sender: created.sender, content: created.content } : null,
  );
}
