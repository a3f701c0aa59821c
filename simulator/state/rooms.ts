import { membershipOf, stateKeyOf, type StoredEvent } from "./events";
import type { Json, JsonObject } from "./json";

export interface Room {
  roomId: string;
  version: string;
  creator: string;
  createdTs: number;
  /** Every persisted event in topological order, soft-failed ones included (admins see them). */
  timeline: StoredEvent[];
  /** Current state: `type\0state_key` -> event. */
  state: Map<string, StoredEvent>;
  /** Published in the room directory (`/directory/list/room`). */
  published: boolean;
  localAliases: string[];
  /** Set when this is a user's server-notices room. */
  noticesFor: string | null;
}

/** Rooms, their timelines and state, and the global event index. */
export class RoomStore {
  private readonly rooms = new Map<string, Room>();
  private readonly events = new Map<string, StoredEvent>();
  /** Blocking is keyed by room id and may name rooms this server has never seen. */
  private readonly blocked = new Map<string, string>();
  private readonly aliases = new Map<string, string>();
  private streamCounter = 0;
  /** Long-polling /sync requests waiting for the next persisted event. */
  private readonly waiters = new Set<() => void>();

  /** Resolves on the next persisted event, after `ms`, or when `signal` aborts, whichever comes first. */
  waitForEvent(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        signal.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref();
      this.waiters.add(done);
      signal.addEventListener("abort", done, { once: true });
    });
  }

  /** Release every waiter (simulator stop). */
  wakeAll(): void {
    for (const w of [...this.waiters]) w();
  }

  setAlias(alias: string, roomId: string): void {
    this.aliases.set(alias, roomId);
  }

  resolveAlias(alias: string): string | undefined {
    return this.aliases.get(alias);
  }

  removeAliasesOf(roomId: string): string[] {
    const removed: string[] = [];
    for (const [alias, id] of this.aliases) if (id === roomId) removed.push(alias);
    for (const alias of removed) this.aliases.delete(alias);
    return removed;
  }

  nextStream(): number {
    this.streamCounter += 1;
    return this.streamCounter;
  }

  get currentStream(): number {
    return this.streamCounter;
  }

  add(room: Room): void {
    this.rooms.set(room.roomId, room);
  }

  get(roomId: string): Room | undefined {
    return this.rooms.get(roomId);
  }

  all(): Room[] {
    return [...this.rooms.values()];
  }

  /** Purge: the room and its events are gone (reports about it disappear from the admin lists, as in Synapse). */
  purge(roomId: string): void {
    const room = this.rooms.get(roomId);
    if (!room) return;
    for (const ev of room.timeline) this.events.delete(ev.eventId);
    this.rooms.delete(roomId);
  }

  event(eventId: string): StoredEvent | undefined {
    return this.events.get(eventId);
  }

  /** Append a persisted event to its room: timeline, index and (for state events) current state. */
  persist(room: Room, event: StoredEvent): void {
    room.timeline.push(event);
    this.events.set(event.eventId, event);
    if (event.stateKey !== undefined && !event.softFailed)
      room.state.set(stateKeyOf(event.type, event.stateKey), event);
    this.wakeAll();
  }

  block(roomId: string, by: string): void {
    this.blocked.set(roomId, by);
  }

  unblock(roomId: string): void {
    this.blocked.delete(roomId);
  }

  blockedBy(roomId: string): string | undefined {
    return this.blocked.get(roomId);
  }
}

// --- reading a room's state -------------------------------------------------------------------------------------

export function stateEvent(room: Room, type: string, stateKey = ""): StoredEvent | undefined {
  return room.state.get(stateKeyOf(type, stateKey));
}

export function stateContent(room: Room, type: string, key: string): Json | undefined {
  return stateEvent(room, type)?.content[key];
}

export function stringState(room: Room, type: string, key: string): string | null {
  const v = stateContent(room, type, key);
  return typeof v === "string" ? v : null;
}

export function membership(room: Room, userId: string): string | undefined {
  const ev = stateEvent(room, "m.room.member", userId);
  return ev ? membershipOf(ev) : undefined;
}

export function memberEvent(room: Room, userId: string): StoredEvent | undefined {
  return stateEvent(room, "m.room.member", userId);
}

export function membersWith(room: Room, wanted: string): string[] {
  const out: string[] = [];
  for (const ev of room.state.values()) {
    if (ev.type === "m.room.member" && ev.stateKey !== undefined && membershipOf(ev) === wanted)
      out.push(ev.stateKey);
  }
  return out;
}

export const joinedMembers = (room: Room) => membersWith(room, "join");

function numberOr(value: Json | undefined, fallback: number): number {
  return typeof value === "number" ? value : fallback;
}

/** `get_user_power_level`: explicit level, else users_default; the creator has 100 when there are no power levels. */
export function powerLevelOf(room: Room, userId: string): number {
  const pl = stateEvent(room, "m.room.power_levels");
  if (!pl) return userId === room.creator ? 100 : 0;
  const users = pl.content.users;
  const explicit = users && typeof users === "object" && !Array.isArray(users) ? users[userId] : undefined;
  return numberOr(explicit, numberOr(pl.content.users_default, 0));
}

/** `get_send_level`: per-type level, else events_default / state_default. */
export function sendLevel(room: Room, type: string, isState: boolean): number {
  const pl = stateEvent(room, "m.room.power_levels");
  if (!pl) return 0;
  const events = pl.content.events as JsonObject | undefined;
  const explicit = events && typeof events === "object" ? events[type] : undefined;
  return numberOr(
    explicit,
    isState ? numberOr(pl.content.state_default, 50) : numberOr(pl.content.events_default, 0),
  );
}

export function namedLevel(room: Room, name: "ban" | "kick" | "redact" | "invite", fallback: number): number {
  return numberOr(stateEvent(room, "m.room.power_levels")?.content[name], fallback);
}
