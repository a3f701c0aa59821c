/**
 * Totals across every target of a preview. Pure. A total is exact only when each part is; one unknown part makes
 * the events total unknown rather than a misleadingly small number.
 */
import type { BlastRadius, Count, Estimate, MediaRadius, RoomRadius, UserRadius } from "./types";

const ROOM_MEDIA_KINDS = new Set(["QUARANTINE_ROOM_MEDIA", "DELETE_ROOM"]);

export function summarize(
  users: readonly UserRadius[],
  rooms: readonly RoomRadius[],
  media: readonly MediaRadius[],
  touchedRoomIds: ReadonlySet<string>,
): BlastRadius["totals"] {
  const roomsExact = users.every((u) => u.joinedRooms !== null && u.leftRooms !== null);
  const events = sumEstimates(users.flatMap((u) => (u.eventsToRedact ? [u.eventsToRedact] : [])));

  const items: Count[] = [];
  const bytes: Count[] = [];
  for (const u of users) {
    if (!u.actionKinds.includes("QUARANTINE_USER_MEDIA")) continue;
    if ("unknown" in u.media) {
      items.push({ value: 0, exact: false });
      bytes.push({ value: 0, exact: false });
    } else {
      items.push(u.media.count);
      bytes.push(u.media.totalBytes);
    }
  }
  for (const r of rooms) {
    if (!r.actionKinds.some((k) => ROOM_MEDIA_KINDS.has(k))) continue;
    items.push(r.media ? { value: r.media.local + r.media.remote, exact: true } : { value: 0, exact: false });
    // Synapse's room media list has no sizes; the bytes of a room's files are not looked up one by one.
    bytes.push({ value: 0, exact: false });
  }
  for (const m of media) {
    items.push({ value: 1, exact: true });
    bytes.push(m.size === null ? { value: 0, exact: false } : { value: m.size, exact: true });
  }
  return {
    rooms: { value: touchedRoomIds.size, exact: roomsExact },
    events,
    mediaItems: sumCounts(items),
    mediaBytes: sumCounts(bytes),
  };
}

export function sumCounts(counts: readonly Count[]): Count {
  return { value: counts.reduce((s, c) => s + c.value, 0), exact: counts.every((c) => c.exact) };
}

function sumEstimates(estimates: readonly Estimate[]): Estimate {
  const unknown = estimates.find((e): e is { unknown: string } => "unknown" in e);
  if (unknown) return { unknown: unknown.unknown };
  return sumCounts(estimates as Count[]);
}
