import type { JsonObject } from "../state/json";
import { joinedMembers, stateEvent, stringState, type Room } from "../state/rooms";
import type { SimState } from "../state/state";
import { serializeEvent, type EventFormat } from "../state/serialize";
import type { StoredEvent } from "../state/events";

/** The `room_stats_state` / `room_stats_current` columns, in `RoomStats` field order. */
export function roomStats(state: SimState, room: Room): JsonObject {
  const joined = joinedMembers(room);
  const create = stateEvent(room, "m.room.create");
  const federate = create?.content["m.federate"];
  const roomType = create?.content.type;
  return {
    room_id: room.roomId,
    name: stringState(room, "m.room.name", "name"),
    canonical_alias: stringState(room, "m.room.canonical_alias", "alias"),
    joined_members: joined.length,
    join_rules: stringState(room, "m.room.join_rules", "join_rule"),
    guest_access: stringState(room, "m.room.guest_access", "guest_access"),
    history_visibility: stringState(room, "m.room.history_visibility", "history_visibility"),
    state_events: room.state.size,
    avatar: stringState(room, "m.room.avatar", "url"),
    topic: stringState(room, "m.room.topic", "topic"),
    room_type: typeof roomType === "string" ? roomType : null,
    joined_local_members: joined.filter((u) => state.users.isLocal(u)).length,
    version: room.version,
    creator: room.creator,
    encryption: stringState(room, "m.room.encryption", "algorithm"),
    federatable: federate !== false,
    public: room.published,
  };
}

/** Serialise for an admin: no visibility filter, admin metadata on, Synapse's default (v1) client format. */
export function adminEvent(state: SimState, ev: StoredEvent, format: EventFormat = "v1"): JsonObject {
  return serializeEvent(ev, {
    format,
    now: state.now(),
    adminMetadata: true,
    lookup: (id) => state.eventById(id),
  });
}
