import type { JsonObject } from "./json";
import { createEvent } from "./room-actions";
import { membership, membersWith, powerLevelOf, sendLevel, type Room } from "./rooms";
import type { SimState } from "./state";
import { membershipOf } from "./events";

export interface RedactionParams {
  userId: string;
  rooms: string[];
  reason: string | null;
  limit: number;
  useAdmin: boolean;
  adminId: string;
  beforeTs: number | null;
  afterTs: number | null;
}

/** Rooms used when the request names none: joined now, plus banned from. Rooms the user left are NOT included. */
export function defaultRedactionRooms(state: SimState, userId: string): string[] {
  const joined = state.rooms.all().filter((r) => membership(r, userId) === "join");
  const banned = state.rooms.all().filter((r) => membersWith(r, "ban").includes(userId));
  return [...joined, ...banned].map((r) => r.roomId);
}

/**
 * Why this sender may not redact in this room, in Synapse's `str(SynapseError)` form, or null. Synapse sends each
 * redaction with `prev_events=[target]`, so a puppeted user who has since left or been banned is still judged as
 * joined; their power level is read from current state (as in the server-notices case, users_default -10).
 */
function refusal(room: Room, sender: string, puppet: boolean): string | null {
  if (!puppet && membership(room, sender) !== "join") {
    return `403: User ${sender} not in room ${room.roomId} (None)`;
  }
  const userLevel = powerLevelOf(room, sender);
  const needed = sendLevel(room, "m.room.redaction", false);
  if (userLevel < needed) {
    return `403: You don't have permission to post that to the room. user_level (${userLevel}) < send_level (${needed})`;
  }
  return null;
}

/** The task body of `AdminHandler._redact_all_events`. Throws (task fails) on an unknown room, as Synapse does. */
export function redactAllEvents(state: SimState, p: RedactionParams): JsonObject {
  const failed: JsonObject = {};
  const puppet = !p.useAdmin && state.users.isLocal(p.userId);
  const sender = puppet ? p.userId : p.adminId;
  for (const roomId of p.rooms) {
    const room = state.rooms.get(roomId);
    if (!room) throw new Error(`Could not find room_version for ${roomId}`);
    const candidates = room.timeline
      .filter(
        (e) =>
          e.sender === p.userId && ["m.room.member", "m.room.message", "m.room.encrypted"].includes(e.type),
      )
      .filter(
        (e) =>
          (p.beforeTs === null || e.originServerTs <= p.beforeTs) &&
          (p.afterTs === null || e.originServerTs >= p.afterTs),
      )
      .reverse()
      .slice(0, p.limit);
    for (const event of candidates) {
      if (event.type === "m.room.member" && membershipOf(event) !== "join") continue;
      if (event.redactedBy !== null) continue;
      const why = refusal(room, sender, puppet);
      if (why) {
        failed[event.eventId] = why;
        continue;
      }
      createEvent(state, room, {
        type: "m.room.redaction",
        sender,
        content: p.reason ? { reason: p.reason } : {},
        redacts: event.eventId,
      });
    }
  }
  return { failed_redactions: failed };
}
