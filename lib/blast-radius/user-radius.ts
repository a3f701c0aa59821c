/**
 * The radius of the actions planned against one user: rooms they are in (and were in), their uploads, the
 * messages a redaction would take, and the rooms that would be left without an admin. Room-by-room work is capped
 * (`maxRoomsPerUser`) and the result says `partial` when the cap cut it short.
 */
import { serverOfUserId } from "@/lib/enforcement/action-rules";
import type { EnforcementActionSpec, SpecOf } from "@/lib/enforcement/action-schemas";
import { mapConcurrent } from "@/lib/intake/map-concurrent";
import type { Synapse } from "@/lib/synapse";

import { countUserMessages } from "./count-user-messages";
import { isSoleAdminOfRoom } from "./room-admin-status";
import type { BlastRadiusLimits, Count, Estimate, UserRadius } from "./types";
import { userMediaTotals } from "./user-media-totals";
import { userRooms } from "./user-rooms";

type Api = Pick<Synapse, "users" | "rooms">;

export async function userRadius(
  synapse: Api,
  userId: string,
  actions: readonly EnforcementActionSpec[],
  limits: BlastRadiusLimits,
  localServerName: string | undefined,
): Promise<{ radius: UserRadius; roomIds: string[] }> {
  const notes: string[] = [];
  const local = !!localServerName && serverOfUserId(userId) === localServerName;
  const rooms = await userRooms(synapse.users, userId).catch((error: unknown) => {
    notes.push(`Rooms unknown: ${describe(error)}`);
    return null;
  });
  if (rooms && rooms.departed === null)
    notes.push("This Synapse does not list rooms the user left (needs ≥ 1.145).");

  const media = local
    ? await userMediaTotals(synapse.users, userId, limits.maxMediaPages).catch((error: unknown) => ({
        unknown: describe(error),
      }))
    : { unknown: "Synapse tracks uploads of local users only." };

  const joined = rooms?.joined ?? [];
  const scanned = joined.slice(0, limits.maxRoomsPerUser);
  const soleAdmin = await mapConcurrent(scanned, limits.concurrency, (roomId) =>
    isSoleAdminOfRoom(synapse.rooms, roomId, userId).catch(() => {
      notes.push(`Could not read power levels of ${roomId}.`);
      return false;
    }),
  );
  const soleAdminIds = scanned.filter((_, i) => soleAdmin[i]);
  const soleAdminRooms = await mapConcurrent(soleAdminIds, limits.concurrency, async (roomId) => ({
    roomId,
    name: (await synapse.rooms.getRoom(roomId).catch(() => null))?.name ?? null,
  }));

  const redaction = actions.find((a): a is SpecOf<"REDACT_USER_EVENTS"> => a.kind === "REDACT_USER_EVENTS");
  const redactRooms = redaction
    ? [...new Set([...joined, ...(rooms?.departed ?? []), ...redaction.rooms])]
    : [];
  const eventsToRedact = redaction
    ? await estimateRedaction(synapse, userId, redaction, redactRooms, limits, notes)
    : null;

  const partial = joined.length > scanned.length || redactRooms.length > limits.maxRoomsPerUser;
  if (joined.length > scanned.length)
    notes.push(`Only ${scanned.length} of ${joined.length} joined rooms were checked for admins.`);
  return {
    radius: {
      userId,
      actionKinds: actions.map((a) => a.kind),
      joinedRooms: rooms ? rooms.joined.length : null,
      leftRooms: rooms?.departed ? rooms.departed.length : null,
      media,
      eventsToRedact,
      soleAdminRooms,
      roomsScanned: scanned.length,
      partial,
      notes,
    },
    roomIds: [...new Set([...joined, ...(rooms?.departed ?? [])])],
  };
}

async function estimateRedaction(
  synapse: Api,
  userId: string,
  spec: SpecOf<"REDACT_USER_EVENTS">,
  rooms: string[],
  limits: BlastRadiusLimits,
  notes: string[],
): Promise<Estimate> {
  const window = {
    limit: spec.limit,
    sinceMs: spec.since ? Date.parse(spec.since) : undefined,
    untilMs: spec.until ? Date.parse(spec.until) : undefined,
  };
  const scanned = rooms.slice(0, limits.maxRoomsPerUser);
  const counts = await mapConcurrent(scanned, limits.concurrency, (roomId) =>
    countUserMessages(synapse.rooms, roomId, userId, window).catch((): Count | null => null),
  );
  if (counts.every((c) => c === null) && scanned.length > 0)
    return { unknown: "Synapse did not list the user's messages." };
  const failed = counts.filter((c) => c === null).length;
  if (failed > 0) notes.push(`Messages could not be counted in ${failed} room(s).`);
  if (rooms.length > scanned.length)
    notes.push(`Messages were counted in ${scanned.length} of ${rooms.length} rooms.`);
  notes.push("Join events are redacted too and are not counted here.");
  const value = counts.reduce((sum, c) => sum + (c?.value ?? 0), 0);
  const exact = failed === 0 && rooms.length === scanned.length && counts.every((c) => c?.exact !== false);
  return { value, exact };
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}
