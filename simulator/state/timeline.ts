import { synapseError } from "../http/errors";
import type { StoredEvent } from "./events";
import type { JsonObject } from "./json";
import type { Room } from "./rooms";

/**
 * Stream-token pagination over one room's timeline. A position p is the gap before `timeline[p]`; tokens look like
 * Synapse's (`t<topological>-<stream>_<other streams...>`) so clients treat them as opaque strings, which they are.
 */
/** Synapse 1.160 tokens carry 13 more stream positions after the room one (see the peer fixtures). */
export const TOKEN_TAIL = "_0".repeat(13);

export function tokenFor(room: Room, position: number): string {
  const before = room.timeline[position - 1];
  return `t${position}-${before?.stream ?? 0}${TOKEN_TAIL}`;
}

export function parseToken(room: Room, token: string): number {
  const topological = /^t(\d+)-(\d+)/.exec(token);
  if (topological) return Math.min(Number(topological[1]), room.timeline.length);
  const live = /^s(\d+)/.exec(token);
  if (live) {
    const stream = Number(live[1]);
    let p = 0;
    while (p < room.timeline.length && (room.timeline[p]?.stream ?? 0) <= stream) p++;
    return p;
  }
  throw synapseError(400, "Invalid stream token");
}

/** The subset of RoomEventFilter the simulator honours: types, senders (with `*` wildcards), contains_url, limit. */
export function eventFilter(filter: JsonObject | undefined): (ev: StoredEvent) => boolean {
  if (!filter) return () => true;
  const list = (key: string) =>
    Array.isArray(filter[key])
      ? (filter[key] as unknown[]).filter((v): v is string => typeof v === "string")
      : null;
  const wildcard = (patterns: string[], value: string) =>
    patterns.some((p) =>
      new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`).test(value),
    );
  const types = list("types");
  const notTypes = list("not_types") ?? [];
  const senders = list("senders");
  const notSenders = list("not_senders") ?? [];
  const containsUrl = typeof filter.contains_url === "boolean" ? filter.contains_url : null;
  return (ev) =>
    (types === null || wildcard(types, ev.type)) &&
    !wildcard(notTypes, ev.type) &&
    (senders === null || senders.includes(ev.sender)) &&
    !notSenders.includes(ev.sender) &&
    (containsUrl === null || (typeof ev.content.url === "string") === containsUrl);
}

export interface PageRequest {
  from?: string | null;
  to?: string | null;
  dir: "b" | "f";
  limit: number;
  visible: (ev: StoredEvent) => boolean;
}

export interface Page {
  events: StoredEvent[];
  start: string;
  end?: string;
}

/** /messages: default `from` is the start for `dir=f` and the current end for `dir=b`; `end` is absent when nothing came back. */
export function paginate(room: Room, req: PageRequest): Page {
  const start = req.from ? parseToken(room, req.from) : req.dir === "f" ? 0 : room.timeline.length;
  const stop = req.to ? parseToken(room, req.to) : req.dir === "f" ? room.timeline.length : 0;
  const events: StoredEvent[] = [];
  let p = start;
  if (req.dir === "f") {
    for (; p < stop && events.length < req.limit; p++) {
      const ev = room.timeline[p] as StoredEvent;
      if (req.visible(ev)) events.push(ev);
    }
  } else {
    for (; p > stop && events.length < req.limit; p--) {
      const ev = room.timeline[p - 1] as StoredEvent;
      if (req.visible(ev)) events.push(ev);
    }
  }
  const page: Page = { events, start: req.from ?? tokenFor(room, start) };
  if (events.length > 0) page.end = tokenFor(room, p);
  return page;
}

/** /context: `floor(limit/2)` visible events before, the rest after. */
export function contextAround(
  room: Room,
  eventId: string,
  limit: number,
  visible: (ev: StoredEvent) => boolean,
) {
  const index = room.timeline.findIndex((e) => e.eventId === eventId);
  if (index < 0) return undefined;
  const beforeLimit = Math.floor(limit / 2);
  const afterLimit = limit - beforeLimit;
  const before = paginate(room, { from: tokenFor(room, index), dir: "b", limit: beforeLimit, visible });
  const after = paginate(room, { from: tokenFor(room, index + 1), dir: "f", limit: afterLimit, visible });
  return {
    event: room.timeline[index] as StoredEvent,
    before: before.events,
    after: after.events,
    start: before.end ?? tokenFor(room, index),
    end: after.end ?? tokenFor(room, index + 1),
  };
}
