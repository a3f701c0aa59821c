/**
 * How many of a user's messages a mass redaction would take out of one room: one page of the admin `messages` view
 * filtered to that sender and to the types Synapse's redaction handles (`m.room.message`, `m.room.encrypted`),
 * newest first, as deep as the redaction's own per-room limit. One request per room keeps the preview cheap; when
 * the page is full the count is a lower bound, never a guess.
 */
import type { RoomsApi } from "@/lib/synapse/rooms";

import type { Count } from "./types";

/** Synapse's page cap for admin `messages`; also its default redaction depth per room. */
export const MESSAGES_PAGE_MAX = 1000;

export async function countUserMessages(
  rooms: RoomsApi,
  roomId: string,
  userId: string,
  window: { limit?: number; sinceMs?: number; untilMs?: number } = {},
): Promise<Count> {
  const pageSize = Math.min(window.limit ?? MESSAGES_PAGE_MAX, MESSAGES_PAGE_MAX);
  const page = await rooms.getMessages(roomId, {
    dir: "b",
    limit: pageSize,
    filter: { senders: [userId], types: ["m.room.message", "m.room.encrypted"] },
  });
  const inWindow = page.chunk.filter(
    (e) =>
      // Already-redacted events are skipped by Synapse, so they are not part of what the action will touch.
      !e.unsigned?.redacted_because &&
      (window.sinceMs === undefined || e.origin_server_ts >= window.sinceMs) &&
      (window.untilMs === undefined || e.origin_server_ts <= window.untilMs),
  );
  const pageFull = page.chunk.length >= pageSize && page.end !== undefined;
  // A full page at the redaction's own limit is exactly what the redaction will look at; below it, more may exist.
  const exact = !pageFull || (window.limit !== undefined && window.limit <= MESSAGES_PAGE_MAX);
  return { value: inWindow.length, exact };
}
