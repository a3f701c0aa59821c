/**
 * The rooms a user is in, and was in, as far as Synapse tells: `memberships` (≥ 1.145) lists joins, leaves and
 * bans in one call; older servers only list joined rooms, and then "left rooms" is unknown rather than zero.
 */
import { isUnrecognizedEndpoint } from "@/lib/synapse";
import type { UsersApi } from "@/lib/synapse/users";

export interface UserRooms {
  joined: string[];
  /** Left, kicked or banned; null when this Synapse cannot tell. */
  departed: string[] | null;
}

export async function userRooms(users: UsersApi, userId: string): Promise<UserRooms> {
  try {
    const { memberships } = await users.memberships(userId);
    const entries = Object.entries(memberships);
    return {
      joined: entries.filter(([, m]) => m === "join").map(([r]) => r),
      departed: entries.filter(([, m]) => m === "leave" || m === "ban").map(([r]) => r),
    };
  } catch (error) {
    if (!isUnrecognizedEndpoint(error)) throw error;
    return { joined: (await users.joinedRooms(userId)).joined_rooms, departed: null };
  }
}
