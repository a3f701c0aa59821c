/**
 * What planned actions will touch, before they run: per user, room and file, plus totals. Reads Synapse only (no
 * database), with bounded work: targets are handled a few at a time and each user's room scan is capped, so a
 * preview of a prolific spammer answers in seconds and says `partial` instead of scanning for minutes.
 */
import type { EnforcementActionSpec } from "@/lib/enforcement/action-schemas";
import { mapConcurrent } from "@/lib/intake/map-concurrent";
import type { Synapse } from "@/lib/synapse";

import { mediaRadius } from "./media-radius";
import { roomRadius } from "./room-radius";
import { summarize } from "./summarize";
import { groupTargets } from "./targets";
import { type BlastRadius, type BlastRadiusLimits, DEFAULT_BLAST_LIMITS } from "./types";
import { userRadius } from "./user-radius";

export async function estimateBlastRadius(
  synapse: Pick<Synapse, "users" | "rooms" | "media">,
  actions: readonly EnforcementActionSpec[],
  options: { localServerName: string | undefined; limits?: BlastRadiusLimits; now?: Date },
): Promise<BlastRadius> {
  const limits = options.limits ?? DEFAULT_BLAST_LIMITS;
  const targets = groupTargets(actions);
  // Users one or two at a time: each already runs `concurrency` room lookups of its own.
  const users = await mapConcurrent([...targets.users], 2, ([userId, acts]) =>
    userRadius(synapse, userId, acts, limits, options.localServerName),
  );
  const rooms = await mapConcurrent([...targets.rooms], limits.concurrency, ([roomId, acts]) =>
    roomRadius(synapse, roomId, acts),
  );
  const media = await mapConcurrent([...targets.media], limits.concurrency, ([mxc, acts]) =>
    mediaRadius(synapse.media, mxc, acts),
  );

  const touched = new Set([...users.flatMap((u) => u.roomIds), ...targets.rooms.keys()]);
  const userRadii = users.map((u) => u.radius);
  return {
    totals: summarize(userRadii, rooms, media, touched),
    users: userRadii,
    rooms,
    media,
    partial: userRadii.some((u) => u.partial),
    generatedAt: (options.now ?? new Date()).toISOString(),
  };
}
