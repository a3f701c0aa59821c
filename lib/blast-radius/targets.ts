/**
 * Groups planned actions by what they touch: users, rooms, single files. Pure. Actions that only lift a
 * restriction or send a notice touch nothing worth previewing and are left out.
 */
import type { EnforcementActionSpec, SupportedKind } from "@/lib/enforcement/action-schemas";

const PREVIEWED: ReadonlySet<SupportedKind> = new Set([
  "SUSPEND_USER",
  "LOCK_USER",
  "DEACTIVATE_USER",
  "SHADOW_BAN_USER",
  "REDACT_USER_EVENTS",
  "QUARANTINE_USER_MEDIA",
  "QUARANTINE_MEDIA",
  "DELETE_MEDIA",
  "QUARANTINE_ROOM_MEDIA",
  "BLOCK_ROOM",
  "DELETE_ROOM",
  "REMOVE_ROOM_FROM_DIRECTORY",
]);

export interface Targets {
  users: Map<string, EnforcementActionSpec[]>;
  rooms: Map<string, EnforcementActionSpec[]>;
  media: Map<string, EnforcementActionSpec[]>;
}

export function groupTargets(actions: readonly EnforcementActionSpec[]): Targets {
  const targets: Targets = { users: new Map(), rooms: new Map(), media: new Map() };
  for (const action of actions) {
    if (!PREVIEWED.has(action.kind)) continue;
    const [map, key] =
      "userId" in action
        ? [targets.users, action.userId]
        : "roomId" in action
          ? [targets.rooms, action.roomId]
          : [targets.media, action.mxc];
    map.set(key, [...(map.get(key) ?? []), action]);
  }
  return targets;
}
