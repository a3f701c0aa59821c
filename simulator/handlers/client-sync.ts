import { requireUser, type Requester } from "../http/auth";
import type { Ctx } from "../http/context";
import { synapseError } from "../http/errors";
import { parseInteger, parseJsonQuery } from "../http/params";
import { json, type Reply } from "../http/respond";
import type { StoredEvent } from "../state/events";
import type { JsonObject } from "../state/json";
import { serializeEvent } from "../state/serialize";
import { membership, type Room } from "../state/rooms";
import { TOKEN_TAIL, tokenFor } from "../state/timeline";
import { readerView } from "../state/visibility";
import { clientEvent } from "./client-read";

const MAX_WAIT_MS = 30_000;

function parseSince(since: string | null): number {
  if (since === null) return 0;
  const m = /^s(\d+)/.exec(since);
  if (!m) throw synapseError(400, "Invalid stream token");
  return Number(m[1]);
}

/** Stripped state shown with an invite. */
function inviteState(room: Room): JsonObject[] {
  return [...room.state.values()]
    .filter((e) =>
      [
        "m.room.create",
        "m.room.name",
        "m.room.join_rules",
        "m.room.canonical_alias",
        "m.room.member",
      ].includes(e.type),
    )
    .filter((e) => e.type !== "m.room.member" || membership(room, e.stateKey ?? "") === "invite")
    .map((e) => ({ type: e.type, state_key: e.stateKey ?? "", content: e.content, sender: e.sender }));
}

/** `encode_room`: timeline, state (without `unsigned.membership`) and account data; joined rooms get the rest. */
function roomSection(
  ctx: Ctx,
  requester: Requester,
  room: Room,
  since: number,
  timelineLimit: number,
  joined: boolean,
): JsonObject | null {
  const view = readerView(room, requester.userId);
  const fresh = room.timeline.filter((e) => e.stream > since && view.visible(e));
  if (since > 0 && fresh.length === 0) return null;
  const events = fresh.slice(-timelineLimit);
  const firstIndex = events[0] ? room.timeline.indexOf(events[0]) : room.timeline.length;
  const serialize = (e: StoredEvent) => clientEvent(ctx, requester, view, e, "v2-no-room");
  const serializeState = (e: StoredEvent) =>
    serializeEvent(e, {
      format: "v2-no-room",
      now: ctx.rt.state.now(),
      adminMetadata: requester.isAdmin,
      lookup: (id) => ctx.rt.state.eventById(id),
    });
  const inTimeline = new Set(events.map((e) => e.eventId));
  const section: JsonObject = {
    timeline: {
      events: events.map(serialize),
      limited: fresh.length > events.length,
      prev_batch: tokenFor(room, firstIndex),
    },
    state: {
      events:
        since === 0
          ? [...room.state.values()].filter((e) => !inTimeline.has(e.eventId)).map(serializeState)
          : [],
    },
    account_data: {
      events:
        room.noticesFor === requester.userId
          ? [{ type: "m.tag", content: { tags: { "m.server_notice": {} } } }]
          : [],
    },
  };
  if (joined) {
    section.ephemeral = { events: [] };
    section.unread_notifications = { notification_count: 0, highlight_count: 0 };
    section.summary = {};
  }
  return section;
}

/**
 * GET /_matrix/client/v3/sync, minimal: joined rooms with timeline and state, invites with stripped state, left rooms
 * with their final events; `since` tokens are `s<stream>`; long-polls up to `timeout` (capped at 30 s) for new events.
 */
export async function sync(ctx: Ctx): Promise<Reply> {
  const requester = requireUser(ctx);
  const state = ctx.rt.state;
  const since = parseSince(ctx.query.get("since"));
  const timeout = parseInteger(ctx.query, "timeout", 0);
  const filter = parseJsonQuery(ctx.query, "filter");
  const roomFilter = filter?.room as JsonObject | undefined;
  const timelineFilter = roomFilter?.timeline as JsonObject | undefined;
  const timelineLimit = typeof timelineFilter?.limit === "number" ? timelineFilter.limit : 10;

  const hasNews = () => state.rooms.currentStream > since;
  if (since > 0 && !hasNews() && timeout > 0)
    await state.rooms.waitForEvent(Math.min(timeout, MAX_WAIT_MS), ctx.signal);

  const join: JsonObject = {};
  const invite: JsonObject = {};
  const leave: JsonObject = {};
  for (const room of state.rooms.all()) {
    const m = membership(room, requester.userId);
    if (m === "join") {
      const section = roomSection(ctx, requester, room, since, timelineLimit, true);
      if (section) join[room.roomId] = section;
    } else if (m === "invite") {
      const last = room.timeline[room.timeline.length - 1];
      if (since === 0 || (last && last.stream > since))
        invite[room.roomId] = { invite_state: { events: inviteState(room) } };
    } else if ((m === "leave" || m === "ban") && since > 0) {
      const section = roomSection(ctx, requester, room, since, timelineLimit, false);
      if (section) leave[room.roomId] = section;
    }
  }
  // `SyncRestServlet.encode_response` leaves out empty sections (even `rooms`), but always sends the key counts.
  const rooms: JsonObject = {};
  if (Object.keys(join).length > 0) rooms.join = join;
  if (Object.keys(invite).length > 0) rooms.invite = invite;
  if (Object.keys(leave).length > 0) rooms.leave = leave;
  return json({
    next_batch: `s${state.rooms.currentStream}${TOKEN_TAIL}`,
    device_one_time_keys_count: { signed_curve25519: 0 },
    device_unused_fallback_key_types: [],
    ...(Object.keys(rooms).length > 0 ? { rooms } : {}),
  });
}
