/**
 * The blast radius in words, honest about what is known: a count that is not exact reads "at least", an estimate
 * Synapse cannot give reads "unknown" with its reason, and a byte total that nobody could measure is not shown as
 * "0 MB". Pure, so the wording rules are unit-tested.
 */
import type { BlastRadius, Count, Estimate } from "@/lib/blast-radius/types";
import type { TEnforcementActionInput } from "@/lib/enforcement/action-schemas";
import { DESTRUCTIVE_KINDS } from "@/lib/evidence/plan-evidence";

/** Deactivation, redaction, quarantine, media deletion, room block or deletion: the actions that are previewed. */
export function hasDestructive(actions: readonly Pick<TEnforcementActionInput, "kind">[]): boolean {
  return actions.some((a) => (DESTRUCTIVE_KINDS as ReadonlySet<string>).has(a.kind));
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export function countText(count: Count, one: string, many: string): string {
  const noun = plural(count.value, one, many);
  return count.exact ? `${count.value} ${noun}` : `at least ${count.value} ${noun}`;
}

export function estimateText(estimate: Estimate, one: string, many: string): string {
  return "unknown" in estimate ? `an unknown number of ${many}` : countText(estimate, one, many);
}

export function bytesText(bytes: Count): string | null {
  // Not exact and nothing measured: the size is unknown, not zero.
  if (!bytes.exact && bytes.value === 0) return "size unknown";
  const mb = bytes.value / (1024 * 1024);
  const size =
    mb >= 10
      ? `${Math.round(mb)} MB`
      : mb >= 0.1
        ? `${mb.toFixed(1)} MB`
        : `${Math.ceil(bytes.value / 1024)} KB`;
  return bytes.exact ? size : `at least ${size}`;
}

/** "This will touch 2 rooms, at least 14 events, 3 media items (1.2 MB)." */
export function radiusSentence(radius: Pick<BlastRadius, "totals" | "users">): string {
  const { totals } = radius;
  const parts = [countText(totals.rooms, "room", "rooms")];
  // Events are only counted for a redaction; otherwise "0 events" would be a guess, not a fact.
  if (radius.users.some((u) => u.eventsToRedact !== null))
    parts.push(estimateText(totals.events, "event", "events"));
  const media = countText(totals.mediaItems, "media item", "media items");
  parts.push(
    totals.mediaItems.value > 0 || !totals.mediaItems.exact
      ? `${media} (${bytesText(totals.mediaBytes)})`
      : media,
  );
  return `This will touch ${parts.join(", ")}.`;
}

export type LostAdminRoom = { roomId: string; name: string | null; userId: string };

/** Rooms where a user acted on is the only admin: deactivating them leaves the room without one, for good. */
export function lostAdminRooms(radius: Pick<BlastRadius, "users">): LostAdminRoom[] {
  const seen = new Set<string>();
  const rooms: LostAdminRoom[] = [];
  for (const u of radius.users) {
    for (const r of u.soleAdminRooms) {
      if (seen.has(r.roomId)) continue;
      seen.add(r.roomId);
      rooms.push({ ...r, userId: u.userId });
    }
  }
  return rooms;
}

/** Why some numbers are not final: the scan caps and what Synapse could not say. */
export function radiusCaveats(radius: BlastRadius): string[] {
  const notes = [
    ...radius.users.flatMap((u) => u.notes),
    ...radius.rooms.flatMap((r) => r.notes),
    ...radius.media.flatMap((m) => m.notes),
  ];
  if ("unknown" in radius.totals.events) notes.unshift(`Messages: ${radius.totals.events.unknown}`);
  for (const u of radius.users)
    if ("unknown" in u.media) notes.push(`Uploads of ${u.userId}: ${u.media.unknown}`);
  return [...new Set(notes)];
}
