/**
 * The blast radius of planned actions: what they will touch on the homeserver before anything runs. Counts are
 * honest about what is known: `exact: false` means "at least", an estimate Synapse cannot give cheaply is
 * `unknown` with a reason, and `partial: true` says a cap stopped the scan.
 */
import { z } from "zod";

import { ZEnforcementActionInput } from "@/lib/enforcement/action-schemas";
import { MAX_ACTIONS_PER_DECISION } from "@/lib/cases/decision-schemas";

export const ZBlastRadiusRequest = z.object({
  actions: z.array(ZEnforcementActionInput).max(MAX_ACTIONS_PER_DECISION),
});
export type TBlastRadiusRequest = z.input<typeof ZBlastRadiusRequest>;

export type Count = { value: number; exact: boolean };
export type Estimate = Count | { unknown: string };

export interface UserRadius {
  userId: string;
  actionKinds: string[];
  /** null when Synapse cannot tell (remote user, old Synapse without the memberships API). */
  joinedRooms: number | null;
  leftRooms: number | null;
  media: { count: Count; totalBytes: Count } | { unknown: string };
  /** Only when a redaction is planned. */
  eventsToRedact: Estimate | null;
  /** Joined rooms where this user is the only member with power ≥ 100 (lost for good on deactivation). */
  soleAdminRooms: { roomId: string; name: string | null }[];
  roomsScanned: number;
  partial: boolean;
  notes: string[];
}

export interface RoomRadius {
  roomId: string;
  actionKinds: string[];
  name: string | null;
  members: number | null;
  localMembers: number | null;
  /** Distinct files referenced by unencrypted events (Synapse cannot see into encrypted ones). */
  media: { local: number; remote: number } | null;
  public: boolean | null;
  notes: string[];
}

export interface MediaRadius {
  mxc: string;
  actionKinds: string[];
  size: number | null;
  mediaType: string | null;
  sha256: string | null;
  quarantined: boolean | null;
  notes: string[];
}

export interface BlastRadius {
  totals: { rooms: Count; events: Estimate; mediaItems: Count; mediaBytes: Count };
  users: UserRadius[];
  rooms: RoomRadius[];
  media: MediaRadius[];
  partial: boolean;
  generatedAt: string;
}

export interface BlastRadiusLimits {
  /** Rooms per user inspected for sole-admin status and message counts. */
  maxRoomsPerUser: number;
  /** Pages of a user's media list summed for total bytes (100 files a page). */
  maxMediaPages: number;
  /** Synapse calls in flight at once. */
  concurrency: number;
}

export const DEFAULT_BLAST_LIMITS: BlastRadiusLimits = {
  maxRoomsPerUser: 25,
  maxMediaPages: 10,
  concurrency: 4,
};
