import { membershipOf, type StoredEvent } from "./events";
import { membership, stringState, type Room } from "./rooms";

export interface ReaderView {
  /** The user may read this room's history at all (joined now, or joined once: "departed users"). */
  canRead: boolean;
  visible(ev: StoredEvent): boolean;
  /** The reader's membership at the event (MSC4115), for `unsigned.membership`. */
  membershipAt(ev: StoredEvent): string;
}

/**
 * A simplified `filter_events_for_client`: soft-failed events are never shown; with `shared` history a joined user sees
 * everything, a user who left sees everything up to their leave; `world_readable` rooms are open to all.
 * Redacted events stay visible (pruned by the serializer).
 */
export function readerView(room: Room, userId: string): ReaderView {
  const byEvent = new Map<string, string>();
  let current = "leave";
  let everJoined = false;
  let lastJoinedStream = -1;
  for (const ev of room.timeline) {
    if (ev.type === "m.room.member" && ev.stateKey === userId) {
      const m = membershipOf(ev) ?? "leave";
      if (m === "join") everJoined = true;
      if (current === "join" || m === "join") lastJoinedStream = ev.stream;
      current = m;
    } else if (current === "join") {
      lastJoinedStream = ev.stream;
    }
    byEvent.set(ev.eventId, current);
  }
  const worldReadable =
    stringState(room, "m.room.history_visibility", "history_visibility") === "world_readable";
  const now = membership(room, userId);
  const joinedNow = now === "join";
  const canRead = joinedNow || everJoined || worldReadable;
  return {
    canRead,
    visible: (ev) => {
      if (ev.softFailed) return false;
      if (joinedNow || worldReadable) return true;
      return everJoined && ev.stream <= lastJoinedStream;
    },
    membershipAt: (ev) => byEvent.get(ev.eventId) ?? "leave",
  };
}
