/**
 * Who holds admin power (level ≥ 100) among a room's joined members, from its state. Pure, so the rules are
 * unit-tested: a room whose only admin is deactivated or leaves can never be administered again (nobody can change
 * its power levels, settings or bans), which is why the preview lists such rooms before the action runs.
 *
 * Rules (Matrix spec, power levels): `users[id]`, else `users_default`, else 0; without a power-levels event the
 * creator has 100. In room version 12 the creators (the create event's sender and `additional_creators`) have
 * unlimited power that no power-levels event lists.
 */
export const ADMIN_LEVEL = 100;

const CREATOR_SUPREMACY_VERSIONS = new Set(["12", "org.matrix.hydra.11"]);

export type StateContent = Record<string, unknown>;
export type CreateEvent = { sender: string; content: StateContent };

export function powerLevelOf(
  userId: string,
  powerLevels: StateContent | null,
  create: CreateEvent | null,
): number {
  if (create && creatorsOf(create).includes(userId)) return Number.POSITIVE_INFINITY;
  if (!powerLevels) return create?.sender === userId ? ADMIN_LEVEL : 0;
  const users = isRecord(powerLevels.users) ? powerLevels.users : {};
  const own = toLevel(users[userId]);
  return own ?? toLevel(powerLevels.users_default) ?? 0;
}

/** Joined members with admin power, in the order of `members`. */
export function adminsAmong(
  members: readonly string[],
  powerLevels: StateContent | null,
  create: CreateEvent | null,
): string[] {
  return members.filter((m) => powerLevelOf(m, powerLevels, create) >= ADMIN_LEVEL);
}

/** True when `userId` is a joined admin and no other joined member is one. */
export function isSoleAdmin(
  userId: string,
  members: readonly string[],
  powerLevels: StateContent | null,
  create: CreateEvent | null,
): boolean {
  const admins = adminsAmong(members, powerLevels, create);
  return admins.length === 1 && admins[0] === userId;
}

function creatorsOf(create: CreateEvent): string[] {
  const version = typeof create.content.room_version === "string" ? create.content.room_version : "1";
  if (!CREATOR_SUPREMACY_VERSIONS.has(version)) return [];
  const extra = Array.isArray(create.content.additional_creators) ? create.content.additional_creators : [];
  return [create.sender, ...extra.filter((c): c is string => typeof c === "string")];
}

// Power levels may arrive as strings in old rooms (room versions before 10 accepted "50").
function toLevel(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^-?\d+$/.test(value.trim())) return Number(value);
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === "object" && !Array.isArray(value);
}
