/**
 * The files behind a wholesale quarantine (all of a user's uploads, all media referenced in a room), bounded: the
 * newest `max` are captured one by one; the snapshot of the listing records how many there were in all, so the
 * record is honest about what was not kept.
 */
import { serverOfUserId } from "@/lib/enforcement/action-rules";
import type { MediaApi } from "@/lib/synapse/media";
import type { UsersApi } from "@/lib/synapse/users";

export interface MediaListing {
  mxcs: string[];
  total: number;
}

export async function listUserUploads(users: UsersApi, userId: string, max: number): Promise<MediaListing> {
  const page = await users.listUserMedia(userId, { limit: max, orderBy: "created_ts", dir: "b" });
  const server = serverOfUserId(userId);
  return { mxcs: page.media.slice(0, max).map((m) => `mxc://${server}/${m.media_id}`), total: page.total };
}

export async function listRoomMedia(media: MediaApi, roomId: string, max: number): Promise<MediaListing> {
  const listed = await media.listRoomMedia(roomId);
  // Synapse lists duplicates (one per event that references the file); count each file once.
  const all = [...new Set([...listed.local, ...listed.remote])];
  return { mxcs: all.slice(0, max), total: all.length };
}
