/**
 * The radius of the actions planned against one room: its members (local ones are the people a block or delete
 * moves out), the files its unencrypted events reference, and whether it is listed in the public directory.
 */
import type { EnforcementActionSpec } from "@/lib/enforcement/action-schemas";
import type { Synapse } from "@/lib/synapse";

import type { RoomRadius } from "./types";

export async function roomRadius(
  synapse: Pick<Synapse, "rooms" | "media">,
  roomId: string,
  actions: readonly EnforcementActionSpec[],
): Promise<RoomRadius> {
  const notes: string[] = [];
  const [details, media] = await Promise.all([
    synapse.rooms.getRoom(roomId).catch((error: unknown) => {
      notes.push(
        `Room details unavailable: ${error instanceof Error ? error.message.slice(0, 200) : "unknown error"}`,
      );
      return null;
    }),
    synapse.media.listRoomMedia(roomId).catch(() => {
      notes.push("The room's media could not be listed.");
      return null;
    }),
  ]);
  if (details?.encryption)
    notes.push(
      "The room is encrypted: files in encrypted messages are not counted (Synapse cannot see them).",
    );
  return {
    roomId,
    actionKinds: actions.map((a) => a.kind),
    name: details?.name ?? null,
    members: details?.joined_members ?? null,
    localMembers: details?.joined_local_members ?? null,
    // Synapse lists a file once per event that references it.
    media: media ? { local: new Set(media.local).size, remote: new Set(media.remote).size } : null,
    public: details?.public ?? null,
    notes,
  };
}
