/**
 * Policy-server soft-fails (`POLICY_SERVER_SOFT_FAIL`): remote events Synapse stored but flagged
 * `unsigned["io.element.synapse.policy_server_spammy"]` because the room's policy server refused to sign them
 * (contract §4.2-4.3). No API lists them, so we scan the admin `messages` view (which includes soft-failed events)
 * of rooms that name a policy server, forward from a stream token kept per room. The first scan of a room looks
 * back a bounded number of pages only.
 */
import type { Db } from "@/lib/db/client";
import { isSynapseApiError, type ClientEvent, type Synapse } from "@/lib/synapse";

import { attachSignals } from "../attach-signals";
import { listRoomIds } from "../lenient-feeds";
import { emptySummary, type IncomingSignal, type SourceSummary } from "../types";

const SPAMMY = "io.element.synapse.policy_server_spammy";
const POLICY_TYPES = ["m.room.policy", "org.matrix.msc4284.policy"];

export type SoftFailCursor = { rooms: Record<string, string> };

export type SoftFailOptions = {
  db: Db;
  serverName: string;
  cursor: SoftFailCursor;
  maxRooms: number;
  pagesPerRoom: number;
};

export async function runSoftFailScan(
  synapse: Synapse,
  options: SoftFailOptions,
): Promise<{ summary: SourceSummary; cursor: SoftFailCursor }> {
  const summary = emptySummary();
  const rooms: Record<string, string> = { ...options.cursor.rooms };
  for (const roomId of await listRoomIds(synapse, options.maxRooms)) {
    try {
      if (!(await hasPolicyServer(synapse, roomId))) continue;
      const { events, token } = await scanRoom(synapse, roomId, rooms[roomId], options.pagesPerRoom);
      if (token) rooms[roomId] = token;
      const flagged = events.filter((e) => e.unsigned?.[SPAMMY] === true);
      summary.fetched += flagged.length;
      if (flagged.length === 0) continue;
      const result = await attachSignals(
        options.db,
        flagged.map((e) => toSignal(e, roomId)),
        { serverName: options.serverName },
      );
      summary.new += result.inserted.length;
      summary.duplicates += result.duplicates;
    } catch (error) {
      // A room deleted or unreadable mid-scan must not stop the others; the error is counted and the pass goes on.
      if (isSynapseApiError(error) && error.status === 404) continue;
      summary.errors += 1;
    }
  }
  return { summary, cursor: { rooms } };
}

async function hasPolicyServer(synapse: Synapse, roomId: string): Promise<boolean> {
  const state = await synapse.rooms.getState(roomId);
  return state.some(
    (e) => POLICY_TYPES.includes(e.type) && e.state_key === "" && typeof e.content.via === "string",
  );
}

async function scanRoom(synapse: Synapse, roomId: string, from: string | undefined, maxPages: number) {
  const events: ClientEvent[] = [];
  // First visit: newest first, bounded; the newest position becomes the token to read forward from next time.
  const dir = from ? "f" : "b";
  let token = from;
  let resume: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const res = await synapse.rooms.getMessages(roomId, { from: token, dir, limit: 100 });
    if (dir === "b" && page === 0) resume = res.start;
    events.push(...res.chunk);
    if (dir === "f" && res.end) resume = res.end;
    if (!res.end || res.chunk.length === 0) break;
    token = res.end;
  }
  return { events, token: resume ?? from };
}

function toSignal(e: ClientEvent, roomId: string): IncomingSignal {
  return {
    source: "POLICY_SERVER_SOFT_FAIL",
    sourceId: e.event_id,
    subject: { kind: "EVENT", key: e.event_id, roomId, senderMxid: e.sender },
    reporterMxid: null,
    reason: null,
    score: null,
    // Synapse does not keep the policy server's harms; the webhook source carries them when configured.
    harmIds: [],
    occurredAt: new Date(e.origin_server_ts),
    raw: e,
  };
}
