import { requireAdmin } from "../http/auth";
import type { Ctx } from "../http/context";
import { invalidParam, notFound } from "../http/errors";
import { likeContains, parseDirection, parseInteger, parseReportId, pythonInt } from "../http/params";
import { json, type Reply } from "../http/respond";
import type { EventReport } from "../state/reports";
import { stringState } from "../state/rooms";
import type { SimState } from "../state/state";
import type { Json, JsonObject } from "../state/json";

const REPORT_ID_MESSAGE = "The report_id parameter must be a string representing a positive integer.";

/** The `room_stats_state` columns the report queries join in; undefined when the row is gone (purged room). */
function roomStats(
  state: SimState,
  roomId: string,
): { name: string | null; canonical_alias: string | null; topic: string | null } | undefined {
  const room = state.rooms.get(roomId);
  if (!room) return undefined;
  return {
    name: stringState(room, "m.room.name", "name"),
    canonical_alias: stringState(room, "m.room.canonical_alias", "alias"),
    topic: stringState(room, "m.room.topic", "topic"),
  };
}

/** `reason` and `score` come from the stored request body, whatever their JSON types. */
const fromContent = (content: JsonObject, key: string): Json => content[key] ?? null;

function eventReportRow(state: SimState, report: EventReport): JsonObject {
  const stats = roomStats(state, report.roomId);
  return {
    id: report.id,
    received_ts: report.receivedTs,
    room_id: report.roomId,
    event_id: report.eventId,
    user_id: report.userId,
    score: fromContent(report.content, "score"),
    reason: fromContent(report.content, "reason"),
    sender: state.eventById(report.eventId)?.sender ?? null,
    canonical_alias: stats?.canonical_alias ?? null,
    name: stats?.name ?? null,
  };
}

/** Whether the inner join on room_stats_state hides any report, so the unfiltered fast path can be used otherwise. */
function someReportRoomMissing(state: SimState): boolean {
  const lazy = state.eventReports.lazy;
  if (lazy && lazy.roomIds.some((id) => !state.rooms.get(id))) return true;
  return state.eventReports.storedReports().some((r) => !state.rooms.get(r.roomId));
}

// GET /_synapse/admin/v1/event_reports
export function listEventReports(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const { query } = ctx;
  const state = ctx.rt.state;
  const from = parseInteger(query, "from", 0);
  const limit = parseInteger(query, "limit", 100);
  const dir = parseDirection(query, "b");
  const userId = query.get("user_id");
  const roomId = query.get("room_id");
  const sender = query.get("event_sender_user_id");

  const userLike = userId ? likeContains(userId, state.likeCaseInsensitive) : null;
  const roomLike = roomId ? likeContains(roomId, state.likeCaseInsensitive) : null;
  const joinHides = someReportRoomMissing(state);
  const filtered = userLike || roomLike || sender || joinHides;
  const { rows, total } = state.eventReports.list({
    from,
    limit,
    dir,
    ...(filtered
      ? {
          predicate: (f) =>
            (!userLike || userLike(f.reporter)) &&
            (!roomLike || roomLike(f.roomId)) &&
            (!sender || f.sender() === sender) &&
            (!joinHides || state.rooms.get(f.roomId) !== undefined),
        }
      : {}),
  });
  const body: JsonObject = {
    event_reports: rows.map((ref) => eventReportRow(state, state.eventReports.materialize(ref))),
    total,
  };
  if (from + limit < total) body.next_token = from + rows.length;
  return json(body);
}

// GET /_synapse/admin/v1/event_reports/<report_id>
export function getEventReport(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const state = ctx.rt.state;
  const report = state.eventReports.find(parseReportId(ctx.params.report_id ?? "", REPORT_ID_MESSAGE));
  // Inner joins on event_json and room_stats_state: a purged event or room makes the report unreadable.
  const event = report ? state.eventById(report.eventId) : undefined;
  if (!report || !event || !roomStats(state, report.roomId)) throw notFound("Event report not found");
  return json({ ...eventReportRow(state, report), event_json: event.pdu });
}

// DELETE /_synapse/admin/v1/event_reports/<report_id>
export function deleteEventReport(ctx: Ctx): Reply {
  requireAdmin(ctx);
  if (ctx.rt.state.eventReports.delete(parseReportId(ctx.params.report_id ?? "", REPORT_ID_MESSAGE)))
    return json({});
  throw notFound("Event report not found");
}

// GET /_synapse/admin/v1/user_reports
export function listUserReports(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const { query } = ctx;
  const state = ctx.rt.state;
  const from = parseInteger(query, "from", 0);
  const limit = parseInteger(query, "limit", 100);
  const dir = parseDirection(query, "b");
  const userId = query.get("user_id");
  const target = query.get("target_user_id");
  const userLike = userId ? likeContains(userId, state.likeCaseInsensitive) : null;
  const targetLike = target ? likeContains(target, state.likeCaseInsensitive) : null;
  const matching = state.userReports.rows.filter(
    (r) => (!userLike || userLike(r.userId)) && (!targetLike || targetLike(r.targetUserId)),
  );
  const ordered = dir === "f" ? matching : [...matching].reverse();
  const page = ordered.slice(from, from + limit);
  const body: JsonObject = {
    user_reports: page.map((r) => ({
      id: r.id,
      received_ts: r.receivedTs,
      target_user_id: r.targetUserId,
      user_id: r.userId,
      reason: r.reason,
    })),
    total: matching.length,
  };
  if (from + limit < matching.length) body.next_token = from + page.length;
  return json(body);
}

// GET /_synapse/admin/v1/user_reports/<report_id>
export function getUserReport(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const r = ctx.rt.state.userReports.find(parseReportId(ctx.params.report_id ?? "", REPORT_ID_MESSAGE));
  if (!r) throw notFound("User report not found");
  return json({
    id: r.id,
    received_ts: r.receivedTs,
    target_user_id: r.targetUserId,
    user_id: r.userId,
    reason: r.reason,
  });
}

// DELETE /_synapse/admin/v1/user_reports/<report_id>
export function deleteUserReport(ctx: Ctx): Reply {
  requireAdmin(ctx);
  if (ctx.rt.state.userReports.delete(parseReportId(ctx.params.report_id ?? "", REPORT_ID_MESSAGE)))
    return json({});
  throw notFound("User report not found");
}

// GET /_synapse/admin/v1/room_reports (PR #19648, unmerged): keyset on id DESC, exact filters, no total.
export function listRoomReports(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const { query } = ctx;
  const state = ctx.rt.state;
  const fromId = parseInteger(query, "from");
  const limit = parseInteger(query, "limit", 100);
  const roomId = query.get("room_id");
  const userId = query.get("user_id");
  if (limit <= 0) throw invalidParam("The limit parameter must be a positive integer.");
  const matching = [...state.roomReports.rows]
    .reverse()
    .filter(
      (r) =>
        (!userId || r.userId === userId) &&
        (!roomId || r.roomId === roomId) &&
        (fromId === undefined || r.id < fromId),
    )
    .filter((r) => roomStats(state, r.roomId) !== undefined);
  const page = matching.slice(0, limit).map((r) => ({
    id: r.id,
    received_ts: r.receivedTs,
    room_id: r.roomId,
    user_id: r.userId,
    reason: r.reason,
    ...roomStats(state, r.roomId),
  }));
  const body: JsonObject = {};
  const last = page[page.length - 1];
  if (matching.length > limit && last) body.next_batch = last.id;
  body.room_reports = page;
  return json(body);
}

// GET /_synapse/admin/v1/room_reports/<report_id>
export function getRoomReport(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const id = pythonInt(ctx.params.report_id ?? "");
  if (id === null)
    throw invalidParam(
      "The report_id parameter must be a string representing a room report ID (positive integer).",
    );
  const r = ctx.rt.state.roomReports.find(id);
  const stats = r ? roomStats(ctx.rt.state, r.roomId) : undefined;
  if (!r || !stats) throw notFound("Room report not found");
  return json({
    id: r.id,
    received_ts: r.receivedTs,
    room_id: r.roomId,
    user_id: r.userId,
    reason: r.reason,
    ...stats,
  });
}
