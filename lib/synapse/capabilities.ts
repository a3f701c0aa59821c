/**
 * What this Synapse can do. Optional admin APIs are probed (an unknown route answers `404 M_UNRECOGNIZED`), because
 * distributions backport and forks add; behaviours that cannot be probed without side effects are gated on the
 * version. Run at start-up and cache; the UI greys out what is missing instead of failing on use.
 */
import type { SynapseClient } from "./client";
import { isSynapseApiError, isUnrecognizedEndpoint } from "./errors";
import { synapsePath, type EncodedPath, type QueryParams } from "./path";
import { ZEmpty } from "./schemas";
import { createServerApi } from "./server";

export interface SynapseCapabilities {
  serverVersion: string;
  /** Admin endpoints that exist on this server. */
  endpoints: {
    userReports: boolean;
    roomReports: boolean;
    quarantineChanges: boolean;
    mediaInfo: boolean;
    fetchEvent: boolean;
    memberships: boolean;
  };
  /** Behaviours known from the version (false when the version string cannot be parsed). */
  features: {
    suspend: boolean; // stable since 1.122
    bypassQuarantine: boolean; // admin_unsafely_bypass_quarantine, 1.145
    redactTimeWindow: boolean; // before_ts/after_ts on user redaction, 1.157
  };
}

export function parseSynapseVersion(version: string): [number, number, number] | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

function atLeast(version: [number, number, number] | undefined, major: number, minor: number): boolean {
  if (!version) return false;
  return version[0] > major || (version[0] === major && version[1] >= minor);
}

/** true if the route exists: any answer but `M_UNRECOGNIZED` (a 400/404 about our dummy argument still proves it). */
async function probe(client: SynapseClient, path: EncodedPath, query?: QueryParams): Promise<boolean> {
  try {
    await client.request({ method: "GET", path, query, outputSchema: ZEmpty });
    return true;
  } catch (error) {
    if (isUnrecognizedEndpoint(error)) return false;
    if (isSynapseApiError(error) && (error.status === 400 || error.status === 404)) return true;
    throw error; // 401/403/5xx say nothing about the route
  }
}

export async function detectCapabilities(client: SynapseClient): Promise<SynapseCapabilities> {
  const server = createServerApi(client);
  const [serverVersion, me] = await Promise.all([server.serverVersion(), server.whoami()]);
  const serverName = me.user_id.slice(me.user_id.indexOf(":") + 1);
  const [userReports, roomReports, quarantineChanges, mediaInfo, fetchEvent, memberships] = await Promise.all(
    [
      probe(client, synapsePath`/_synapse/admin/v1/user_reports`, { limit: 1 }),
      probe(client, synapsePath`/_synapse/admin/v1/room_reports`, { limit: 1 }),
      probe(client, synapsePath`/_synapse/admin/v1/media/quarantine_changes`, { from: 0 }),
      probe(client, synapsePath`/_synapse/admin/v1/media/${serverName}/capability-probe`),
      probe(client, synapsePath`/_synapse/admin/v1/fetch_event/${"$capability-probe"}`),
      probe(client, synapsePath`/_synapse/admin/v1/users/${me.user_id}/memberships`),
    ],
  );
  const version = parseSynapseVersion(serverVersion);
  return {
    serverVersion,
    endpoints: { userReports, roomReports, quarantineChanges, mediaInfo, fetchEvent, memberships },
    features: {
      suspend: atLeast(version, 1, 122),
      bypassQuarantine: atLeast(version, 1, 145),
      redactTimeWindow: atLeast(version, 1, 157),
    },
  };
}
