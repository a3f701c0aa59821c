/**
 * Account actions and account context for local users. None of these work on remote users (Synapse answers 400);
 * those are handled through rooms, redaction and media instead.
 */
import type { SynapseClient } from "./client";
import { SynapseProtocolError } from "./errors";
import { paginateOffset } from "./pagination";
import { synapsePath } from "./path";
import {
  ZDeactivateResult,
  ZEmpty,
  ZJoinedRooms,
  ZMemberships,
  ZSuspendResult,
  ZUser,
  ZUserMediaPage,
  ZWhois,
  type SynapseUser,
  type UserMedia,
} from "./schemas";

export type UserMediaOrder =
  | "media_id"
  | "upload_name"
  | "created_ts"
  | "last_access_ts"
  | "media_length"
  | "media_type"
  | "quarantined_by"
  | "safe_from_quarantine";

export interface UserMediaQuery {
  from?: number;
  limit?: number;
  orderBy?: UserMediaOrder;
  dir?: "f" | "b";
}

export function createUsersApi(client: SynapseClient) {
  // GET /_synapse/admin/v2/users/<user_id>: the account status (suspended, locked, shadow_banned, deactivated...).
  const getUser = (userId: string) =>
    client.request({
      method: "GET",
      path: synapsePath`/_synapse/admin/v2/users/${userId}`,
      outputSchema: ZUser,
    });

  const setSuspended = async (userId: string, suspend: boolean): Promise<boolean> => {
    const path = synapsePath`/_synapse/admin/v1/suspend/${userId}`;
    // PUT /_synapse/admin/v1/suspend/<user_id> with body `{ suspend }`: answers `{"user_<id>_suspended": bool}`.
    const result = await client.request({
      method: "PUT",
      path,
      body: { suspend },
      idempotent: true,
      outputSchema: ZSuspendResult,
    });
    const value = result[`user_${userId}_suspended`] ?? Object.values(result)[0];
    if (value === undefined) throw new SynapseProtocolError("PUT", path, "no suspension flag in the answer");
    return value;
  };

  const setLocked = async (userId: string, locked: boolean): Promise<SynapseUser> => {
    // PUT /v2/users creates the account when it does not exist (201), so a typo in a lock action would register a
    // new user. Look it up first: an unknown user fails here with 404 M_NOT_FOUND.
    await getUser(userId);
    // PUT /_synapse/admin/v2/users/<user_id> with body `{ locked }`
    return client.request({
      method: "PUT",
      path: synapsePath`/_synapse/admin/v2/users/${userId}`,
      body: { locked },
      idempotent: true,
      outputSchema: ZUser,
    });
  };

  const listUserMedia = (userId: string, query: UserMediaQuery = {}) =>
    // GET /_synapse/admin/v1/users/<user_id>/media?from=&limit=&order_by=&dir=
    client.request({
      method: "GET",
      path: synapsePath`/_synapse/admin/v1/users/${userId}/media`,
      query: { from: query.from, limit: query.limit, order_by: query.orderBy, dir: query.dir },
      outputSchema: ZUserMediaPage,
    });

  return {
    getUser,
    setSuspended,
    suspend: (userId: string) => setSuspended(userId, true),
    unsuspend: (userId: string) => setSuspended(userId, false),
    setLocked,
    lock: (userId: string) => setLocked(userId, true),
    unlock: (userId: string) => setLocked(userId, false),

    // POST /_synapse/admin/v1/deactivate/<user_id> with body `{ erase }`. Permanent. Repeating it on a deactivated
    // account is a no-op, so a retry after a lost answer is safe.
    deactivate: (userId: string, options: { erase: boolean }) =>
      client.request({
        method: "POST",
        path: synapsePath`/_synapse/admin/v1/deactivate/${userId}`,
        body: { erase: options.erase },
        idempotent: true,
        outputSchema: ZDeactivateResult,
      }),

    // POST /_synapse/admin/v1/users/<user_id>/shadow_ban: sets a flag, so repeating is harmless.
    shadowBan: async (userId: string): Promise<void> => {
      await client.request({
        method: "POST",
        path: synapsePath`/_synapse/admin/v1/users/${userId}/shadow_ban`,
        idempotent: true,
        outputSchema: ZEmpty,
      });
    },

    // DELETE /_synapse/admin/v1/users/<user_id>/shadow_ban
    unshadowBan: async (userId: string): Promise<void> => {
      await client.request({
        method: "DELETE",
        path: synapsePath`/_synapse/admin/v1/users/${userId}/shadow_ban`,
        idempotent: true,
        outputSchema: ZEmpty,
      });
    },

    // GET /_synapse/admin/v1/whois/<user_id>: devices, IPs, user agents.
    whois: (userId: string) =>
      client.request({
        method: "GET",
        path: synapsePath`/_synapse/admin/v1/whois/${userId}`,
        outputSchema: ZWhois,
      }),

    // GET /_synapse/admin/v1/users/<user_id>/joined_rooms
    joinedRooms: (userId: string) =>
      client.request({
        method: "GET",
        path: synapsePath`/_synapse/admin/v1/users/${userId}/joined_rooms`,
        outputSchema: ZJoinedRooms,
      }),

    // GET /_synapse/admin/v1/users/<user_id>/memberships (≥ 1.145): includes rooms left, which redaction skips by default.
    memberships: (userId: string) =>
      client.request({
        method: "GET",
        path: synapsePath`/_synapse/admin/v1/users/${userId}/memberships`,
        outputSchema: ZMemberships,
      }),

    listUserMedia,

    userMedia(
      userId: string,
      query: Omit<UserMediaQuery, "from"> & { maxPages?: number } = {},
    ): AsyncGenerator<UserMedia> {
      return paginateOffset(
        async (from) => {
          const page = await listUserMedia(userId, { ...query, from });
          return { items: page.media, nextToken: page.next_token };
        },
        {
          key: (m) => m.media_id,
          maxPages: query.maxPages,
          path: `/_synapse/admin/v1/users/${userId}/media`,
        },
      );
    },
  };
}

export type UsersApi = ReturnType<typeof createUsersApi>;
