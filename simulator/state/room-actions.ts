import { buildPdu, stateKeyOf, type StoredEvent } from "./events";
import { cloneJson, type JsonObject } from "./json";
import { memberEvent, membership, stateEvent, type Room } from "./rooms";
import type { SimState } from "./state";

/**
 * The primitive write operations on rooms: create an event, create a room, change a membership. No permission checks
 * here (the scenario generator and server-initiated actions use these directly); `room-auth.ts` holds the checks that
 * client requests go through first.
 */

export interface NewEvent {
  type: string;
  sender: string;
  stateKey?: string;
  content: JsonObject;
  ts?: number;
  softFailed?: boolean;
  policyServerSpammy?: boolean;
  txnId?: string;
  deviceId?: string;
  /** A redaction's target; stored in `content.redacts` as room v11 does. */
  redacts?: string;
}

function authEventIds(room: Room, sender: string, type: string): string[] {
  if (type === "m.room.create") return [];
  const ids = [
    stateEvent(room, "m.room.create"),
    stateEvent(room, "m.room.power_levels"),
    memberEvent(room, sender),
  ]
    .filter((e): e is StoredEvent => e !== undefined)
    .map((e) => e.eventId);
  return [...new Set(ids)];
}

export function createEvent(state: SimState, room: Room, input: NewEvent): StoredEvent {
  const last = room.timeline[room.timeline.length - 1];
  const ts = input.ts ?? state.now();
  const content = input.redacts !== undefined ? { ...input.content, redacts: input.redacts } : input.content;
  const previous =
    input.stateKey !== undefined ? room.state.get(stateKeyOf(input.type, input.stateKey)) : undefined;
  const depth = (last?.depth ?? 0) + 1;
  const eventId = state.ids.eventId();
  const pdu = buildPdu({
    roomId: room.roomId,
    type: input.type,
    sender: input.sender,
    ...(input.stateKey !== undefined ? { stateKey: input.stateKey } : {}),
    content,
    ts,
    depth,
    prevEvents: last ? [last.eventId] : [],
    authEvents: authEventIds(room, input.sender, input.type),
    serverName: state.serverName,
    keyId: state.keyId,
    ...(previous
      ? { replaces: { eventId: previous.eventId, content: previous.content, sender: previous.sender } }
      : {}),
  });
  const event: StoredEvent = {
    eventId,
    roomId: room.roomId,
    type: input.type,
    sender: input.sender,
    stateKey: input.stateKey,
    content: cloneJson(content),
    originServerTs: ts,
    depth,
    stream: state.rooms.nextStream(),
    pdu,
    redactedBy: null,
    softFailed: input.softFailed ?? false,
    policyServerSpammy: input.policyServerSpammy ?? false,
    ...(input.txnId !== undefined ? { txnId: input.txnId } : {}),
    ...(input.deviceId !== undefined ? { deviceId: input.deviceId } : {}),
  };
  state.rooms.persist(room, event);
  if (input.type === "m.room.redaction" && input.redacts !== undefined) {
    const target = state.rooms.event(input.redacts);
    if (target && target.roomId === room.roomId && target.redactedBy === null) target.redactedBy = eventId;
  }
  return event;
}

export interface CreateRoomConfig {
  preset?: "private_chat" | "public_chat" | "trusted_private_chat";
  /** Listed in the directory only when the creator may publish (admins; Synapse's default publication rules deny others). */
  publish?: boolean;
  name?: string;
  topic?: string;
  aliasLocalpart?: string;
  invite?: string[];
  powerLevelOverride?: JsonObject;
  initialState?: { type: string; state_key?: string; content: JsonObject }[];
  ts?: number;
  creatorDisplayname?: string | null;
  encrypted?: boolean;
}

/** Mirrors the event sequence of Synapse's `RoomCreationHandler.create_room` for a v11 room. */
export function createRoom(state: SimState, creator: string, config: CreateRoomConfig = {}): Room {
  const ts = config.ts ?? state.now();
  const preset = config.preset ?? "private_chat";
  const roomId = state.ids.roomId();
  const room: Room = {
    roomId,
    version: "11",
    creator,
    createdTs: ts,
    timeline: [],
    state: new Map(),
    published: config.publish ?? false,
    localAliases: [],
    noticesFor: null,
  };
  state.rooms.add(room);
  const put = (type: string, content: JsonObject, sender = creator, stateKey = "") =>
    createEvent(state, room, { type, sender, stateKey, content, ts });

  put("m.room.create", { room_version: "11" });
  const displayname =
    config.creatorDisplayname === undefined
      ? (state.users.get(creator)?.displayname ?? null)
      : config.creatorDisplayname;
  put(
    "m.room.member",
    { membership: "join", ...(displayname !== null ? { displayname } : {}) },
    creator,
    creator,
  );
  const users: JsonObject = { [creator]: 100 };
  if (preset === "trusted_private_chat") for (const u of config.invite ?? []) users[u] = 100;
  // Synapse's default power levels, then the preset's override, then the caller's.
  const presetOverride: JsonObject = preset === "public_chat" ? { "m.call.invite": 50 } : { invite: 0 };
  put("m.room.power_levels", {
    users,
    users_default: 0,
    events: {
      "m.room.name": 50,
      "m.room.power_levels": 100,
      "m.room.history_visibility": 100,
      "m.room.canonical_alias": 50,
      "m.room.avatar": 50,
      "m.room.tombstone": 100,
      "m.room.server_acl": 100,
      "m.room.encryption": 100,
    },
    events_default: 0,
    state_default: 50,
    ban: 50,
    kick: 50,
    redact: 50,
    invite: 50,
    historical: 100,
    ...presetOverride,
    ...(config.powerLevelOverride ?? {}),
  });
  if (config.aliasLocalpart !== undefined) {
    const alias = `#${config.aliasLocalpart}:${state.serverName}`;
    state.rooms.setAlias(alias, roomId);
    room.localAliases.push(alias);
    put("m.room.canonical_alias", { alias });
  }
  put("m.room.join_rules", { join_rule: preset === "public_chat" ? "public" : "invite" });
  put("m.room.history_visibility", { history_visibility: "shared" });
  if (preset !== "public_chat") put("m.room.guest_access", { guest_access: "can_join" });
  for (const s of config.initialState ?? []) put(s.type, s.content, creator, s.state_key ?? "");
  if (config.encrypted) put("m.room.encryption", { algorithm: "m.megolm.v1.aes-sha2" });
  if (config.name !== undefined) put("m.room.name", { name: config.name });
  // Synapse also writes the MSC3765 rich-text form of the topic.
  if (config.topic !== undefined)
    put("m.room.topic", { topic: config.topic, "m.topic": { "m.text": [{ body: config.topic }] } });
  for (const invitee of config.invite ?? []) setMembership(state, room, invitee, "invite", creator, ts);
  return room;
}

/** Write an `m.room.member` event. Joins carry the user's profile, as Synapse adds it. */
export function setMembership(
  state: SimState,
  room: Room,
  target: string,
  newMembership: "join" | "leave" | "invite" | "ban",
  sender: string,
  ts?: number,
  extra: JsonObject = {},
): StoredEvent {
  const content: JsonObject = { ...extra, membership: newMembership };
  if (newMembership === "join" || newMembership === "invite") {
    const user = state.users.get(target);
    const displayname = user ? user.displayname : state.systemDisplayname(target);
    if (displayname !== null && displayname !== undefined) content.displayname = displayname;
    if (user?.avatarUrl) content.avatar_url = user.avatarUrl;
  }
  return createEvent(state, room, {
    type: "m.room.member",
    sender,
    stateKey: target,
    content,
    ...(ts !== undefined ? { ts } : {}),
  });
}

export function isJoined(room: Room, userId: string): boolean {
  return membership(room, userId) === "join";
}
