import { forbidden, MatrixError } from "../http/errors";
import { membershipOf, type StoredEvent } from "../state/events";
import {
  membership,
  memberEvent,
  namedLevel,
  powerLevelOf,
  sendLevel,
  stringState,
  type Room,
} from "../state/rooms";

/** The body a suspended user gets; `bob_send_while_suspended.json` is the send case. */
export const suspendedError = (message: string) => new MatrixError(403, "M_USER_SUSPENDED", message);

/** Python's repr of the member event in event-auth messages: `None`, or `<Event event_id=..., ...>`. */
export function describeMember(ev: StoredEvent | undefined): string {
  if (!ev) return "None";
  const m = membershipOf(ev);
  return `<Event event_id=${ev.eventId}, type=${ev.type}, state_key=${ev.stateKey ?? ""}${m ? `, membership=${m}` : ""}>`;
}

/** `event_auth` for a non-membership event: the sender must be joined and have the send level. */
export function assertMaySend(room: Room, userId: string, type: string, isState: boolean): void {
  if (membership(room, userId) !== "join") {
    throw forbidden(
      `User ${userId} not in room ${room.roomId} (${describeMember(memberEvent(room, userId))})`,
    );
  }
  const userLevel = powerLevelOf(room, userId);
  const needed = sendLevel(room, type, isState);
  if (userLevel < needed) {
    throw forbidden(
      `You don't have permission to post that to the room. user_level (${userLevel}) < send_level (${needed})`,
    );
  }
}

/** `_is_membership_change_allowed` for the joins and invites clients make. */
export function assertMayChangeMembership(
  room: Room,
  sender: string,
  target: string,
  wanted: "join" | "invite",
): void {
  const targetMembership = membership(room, target);
  if (targetMembership === "ban") {
    throw forbidden(
      wanted === "join" ? "You are banned from this room" : `${target} is banned from the room`,
    );
  }
  if (wanted === "join") {
    const rule = stringState(room, "m.room.join_rules", "join_rule") ?? "invite";
    if (rule === "public" || targetMembership === "join" || targetMembership === "invite") return;
    if (rule === "invite" || rule === "knock") throw forbidden("You are not invited to this room.");
    throw forbidden("You are not allowed to join this room");
  }
  if (membership(room, sender) !== "join") throw forbidden(`${sender} not in room ${room.roomId}.`);
  if (targetMembership === "join") throw forbidden(`${target} is already in the room.`);
  if (powerLevelOf(room, sender) < namedLevel(room, "invite", 0))
    throw forbidden("You don't have permission to invite users");
}
