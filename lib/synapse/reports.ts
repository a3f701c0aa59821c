/**
 * Report intake: event reports, user reports and (where the server has it) room reports. Synapse keeps no state on
 * reports; the console owns status and decisions and may delete the Synapse row once a case is closed.
 */
import type { SynapseClient } from "./client";
import { isUnrecognizedEndpoint } from "./errors";
import { paginateOffset } from "./pagination";
import { synapsePath } from "./path";
import {
  ZEmpty,
  ZEventReportDetail,
  ZEventReportPage,
  ZRoomReport,
  ZRoomReportPage,
  ZUserReport,
  ZUserReportPage,
  type EventReport,
  type RoomReport,
  type RoomReportPage,
  type UserReport,
} from "./schemas";

export interface OffsetQuery {
  from?: number;
  /** Must be ≥ 1: Synapse accepts 0 and then answers `next_token == from` forever. */
  limit?: number;
  /** `b` (Synapse's default) = newest `received_ts` first. */
  dir?: "b" | "f";
}

export interface EventReportFilters {
  /** Reporter; Synapse matches it as a SQL `LIKE '%…%'` substring, so `_` and `%` are wildcards. */
  userId?: string;
  /** Substring match as well. */
  roomId?: string;
  /** Sender of the reported event, exact match (Synapse ≥ 1.122). */
  eventSenderUserId?: string;
}

export interface UserReportFilters {
  /** Reporter, substring match. */
  userId?: string;
  /** Reported user, substring match. */
  targetUserId?: string;
}

/** Room reports have no admin API in released Synapse; this result says so instead of throwing. */
export type RoomReportsResult =
  { available: true; page: RoomReportPage } | { available: false; reason: "not available on this server" };

export type RoomReportResult =
  { available: true; report: RoomReport } | { available: false; reason: "not available on this server" };

const NOT_AVAILABLE = { available: false, reason: "not available on this server" } as const;

function checkLimit(limit: number | undefined): number | undefined {
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
    throw new RangeError(`limit must be an integer ≥ 1, got ${limit}`);
  return limit;
}

export function createReportsApi(client: SynapseClient) {
  const listEventReports = (query: OffsetQuery & EventReportFilters = {}) =>
    // GET /_synapse/admin/v1/event_reports?from=&limit=&dir=&user_id=&room_id=&event_sender_user_id=
    client.request({
      method: "GET",
      path: synapsePath`/_synapse/admin/v1/event_reports`,
      query: {
        from: query.from,
        limit: checkLimit(query.limit),
        dir: query.dir,
        user_id: query.userId,
        room_id: query.roomId,
        event_sender_user_id: query.eventSenderUserId,
      },
      outputSchema: ZEventReportPage,
    });

  const listUserReports = (query: OffsetQuery & UserReportFilters = {}) =>
    // GET /_synapse/admin/v1/user_reports?from=&limit=&dir=&user_id=&target_user_id=  (Synapse ≥ 1.152, undocumented)
    client.request({
      method: "GET",
      path: synapsePath`/_synapse/admin/v1/user_reports`,
      query: {
        from: query.from,
        limit: checkLimit(query.limit),
        dir: query.dir,
        user_id: query.userId,
        target_user_id: query.targetUserId,
      },
      outputSchema: ZUserReportPage,
    });

  return {
    listEventReports,

    /** Every event report matching the filters, page by page until `next_token` is absent. */
    eventReports(
      query: Omit<OffsetQuery, "from"> & EventReportFilters & { maxPages?: number } = {},
    ): AsyncGenerator<EventReport> {
      return paginateOffset(
        async (from) => {
          const page = await listEventReports({ ...query, from });
          return { items: page.event_reports, nextToken: page.next_token };
        },
        { key: (r) => r.id, maxPages: query.maxPages, path: "/_synapse/admin/v1/event_reports" },
      );
    },

    // GET /_synapse/admin/v1/event_reports/<report_id>: includes `event_json`, the unredacted stored event.
    getEventReport: (reportId: number) =>
      client.request({
        method: "GET",
        path: synapsePath`/_synapse/admin/v1/event_reports/${reportId}`,
        outputSchema: ZEventReportDetail,
      }),

    // DELETE /_synapse/admin/v1/event_reports/<report_id>: not retried, a repeat would answer 404.
    deleteEventReport: async (reportId: number): Promise<void> => {
      await client.request({
        method: "DELETE",
        path: synapsePath`/_synapse/admin/v1/event_reports/${reportId}`,
        outputSchema: ZEmpty,
      });
    },

    listUserReports,

    userReports(
      query: Omit<OffsetQuery, "from"> & UserReportFilters & { maxPages?: number } = {},
    ): AsyncGenerator<UserReport> {
      return paginateOffset(
        async (from) => {
          const page = await listUserReports({ ...query, from });
          return { items: page.user_reports, nextToken: page.next_token };
        },
        { key: (r) => r.id, maxPages: query.maxPages, path: "/_synapse/admin/v1/user_reports" },
      );
    },

    // GET /_synapse/admin/v1/user_reports/<report_id>
    getUserReport: (reportId: number) =>
      client.request({
        method: "GET",
        path: synapsePath`/_synapse/admin/v1/user_reports/${reportId}`,
        outputSchema: ZUserReport,
      }),

    // DELETE /_synapse/admin/v1/user_reports/<report_id>
    deleteUserReport: async (reportId: number): Promise<void> => {
      await client.request({
        method: "DELETE",
        path: synapsePath`/_synapse/admin/v1/user_reports/${reportId}`,
        outputSchema: ZEmpty,
      });
    },

    // GET /_synapse/admin/v1/room_reports?from=<id, exclusive>&limit=&room_id=&user_id=  (PR element-hq/synapse#19648)
    listRoomReports: async (
      query: { from?: number; limit?: number; roomId?: string; userId?: string } = {},
    ): Promise<RoomReportsResult> => {
      try {
        const page = await client.request({
          method: "GET",
          path: synapsePath`/_synapse/admin/v1/room_reports`,
          query: {
            from: query.from,
            limit: checkLimit(query.limit),
            room_id: query.roomId,
            user_id: query.userId,
          },
          outputSchema: ZRoomReportPage,
        });
        return { available: true, page };
      } catch (error) {
        if (isUnrecognizedEndpoint(error)) return NOT_AVAILABLE;
        throw error;
      }
    },

    // GET /_synapse/admin/v1/room_reports/<report_id>  (PR #19648). A missing report is a 404 M_NOT_FOUND error.
    getRoomReport: async (reportId: number): Promise<RoomReportResult> => {
      try {
        const report = await client.request({
          method: "GET",
          path: synapsePath`/_synapse/admin/v1/room_reports/${reportId}`,
          outputSchema: ZRoomReport,
        });
        return { available: true, report };
      } catch (error) {
        if (isUnrecognizedEndpoint(error)) return NOT_AVAILABLE;
        throw error;
      }
    },
  };
}

export type ReportsApi = ReturnType<typeof createReportsApi>;
