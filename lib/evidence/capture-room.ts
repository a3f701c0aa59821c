/**
 * The room snapshot before a block or delete: its details, who was in it, who held power, and, when it is being
 * deleted (Synapse purges the history by default), the most recent messages. Members and messages are bounded so a
 * huge room cannot make the decision's transaction carry megabytes of JSON.
 */
import { canonicalJson } from "@/lib/audit/chain";
import { sha256Hex } from "@/lib/media/hash-media";
import type { RoomsApi } from "@/lib/synapse/rooms";

import { message, toJson } from "./capture-event";
import type { PreparedSnapshot } from "./types";

const MAX_MEMBERS = 500;
const RECENT_MESSAGES = 20;

export async function captureRoom(
  rooms: RoomsApi,
  target: { roomId: string; deleting: boolean },
): Promise<PreparedSnapshot> {
  const errors: string[] = [];
  const attempt = async <T>(part: string, read: () => Promise<T>): Promise<T | null> => {
    try {
      return await read();
    } catch (error) {
      errors.push(`${part}: ${message(error)}`);
      return null;
    }
  };
  const [details, members, powerLevels, recent] = await Promise.all([
    attempt("details", () => rooms.getRoom(target.roomId)),
    attempt("members", () => rooms.getMembers(target.roomId)),
    attempt("power_levels", () => rooms.getState(target.roomId, { type: "m.room.power_levels" })),
    target.deleting
      ? attempt("messages", () => rooms.getMessages(target.roomId, { dir: "b", limit: RECENT_MESSAGES }))
      : Promise.resolve(null),
  ]);
  const data = toJson({
    roomId: target.roomId,
    deleting: target.deleting,
    details,
    memberCount: members?.total ?? null,
    members: members?.members.slice(0, MAX_MEMBERS) ?? null,
    membersTruncated: (members?.members.length ?? 0) > MAX_MEMBERS,
    powerLevels: powerLevels?.[0]?.content ?? null,
    recentMessages: recent?.chunk ?? null,
    errors,
  });
  return {
    kind: "room",
    subjectKey: target.roomId,
    data,
    content: null,
    sha256: sha256Hex(canonicalJson(data)),
  };
}
