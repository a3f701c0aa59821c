/** User account responses (`synapse/rest/admin/users.py`, `docs/admin_api/user_admin_api.md`). */
import { z } from "zod";

import { ZDbBool, ZInt } from "./common";

export const ZUser = z.looseObject({
  name: z.string(),
  displayname: z.string().nullish(),
  avatar_url: z.string().nullish(),
  is_guest: z.boolean(),
  admin: z.boolean(),
  deactivated: z.boolean(),
  erased: z.boolean().optional(), // Synapse ≥ 1.71
  shadow_banned: z.boolean(),
  locked: z.boolean().optional(), // ≥ 1.91
  suspended: z.boolean().optional(), // ≥ 1.121; absent means "this server cannot tell", not "not suspended"
  /** Seconds here (the users *list* uses milliseconds). */
  creation_ts: ZInt,
  last_seen_ts: ZInt.nullish(),
  appservice_id: z.string().nullish(),
  user_type: z.string().nullish(),
  threepids: z.array(z.looseObject({ medium: z.string(), address: z.string() })).optional(),
  external_ids: z.array(z.looseObject({ auth_provider: z.string(), external_id: z.string() })).optional(),
});
export type SynapseUser = z.infer<typeof ZUser>;

/** `{"user_<mxid>_suspended": true}`: the key embeds the user id, so read it as a record. */
export const ZSuspendResult = z.record(z.string(), z.boolean());

export const ZDeactivateResult = z.looseObject({ id_server_unbind_result: z.string() });

export const ZWhois = z.looseObject({
  user_id: z.string(),
  devices: z.record(
    z.string(),
    z.looseObject({
      sessions: z.array(
        z.looseObject({
          connections: z.array(
            z.looseObject({
              ip: z.string().nullish(),
              last_seen: ZInt.nullish(),
              user_agent: z.string().nullish(),
            }),
          ),
        }),
      ),
    }),
  ),
});
export type Whois = z.infer<typeof ZWhois>;

export const ZJoinedRooms = z.looseObject({ joined_rooms: z.array(z.string()), total: ZInt });

/** Room id → membership (`join`, `leave`, `ban`, `invite`, `knock`). Needed to redact rooms a user has left. */
export const ZMemberships = z.looseObject({ memberships: z.record(z.string(), z.string()) });

export const ZUserMedia = z.looseObject({
  media_id: z.string(),
  media_type: z.string(),
  media_length: ZInt.nullable(),
  upload_name: z.string().nullish(),
  created_ts: ZInt,
  last_access_ts: ZInt.nullish(),
  quarantined_by: z.string().nullish(),
  safe_from_quarantine: ZDbBool,
  sha256: z.string().nullish(),
});
export type UserMedia = z.infer<typeof ZUserMedia>;

export const ZUserMediaPage = z.looseObject({
  media: z.array(ZUserMedia),
  next_token: ZInt.optional(),
  total: ZInt,
});
export type UserMediaPage = z.infer<typeof ZUserMediaPage>;
