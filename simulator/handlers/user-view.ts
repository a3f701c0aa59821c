import type { JsonObject } from "../state/json";
import type { SimUser } from "../state/users";

/** `AdminHandler.get_user`: `creation_ts` in seconds, `suspended` present (unlike the list). */
export function userDetails(user: SimUser): JsonObject {
  return {
    name: user.userId,
    admin: user.admin,
    deactivated: user.deactivated,
    locked: user.locked,
    shadow_banned: user.shadowBanned,
    creation_ts: Math.floor(user.creationTs / 1000),
    appservice_id: null,
    consent_server_notice_sent: null,
    consent_version: null,
    consent_ts: null,
    user_type: user.userType,
    is_guest: false,
    suspended: user.suspended,
    displayname: user.displayname,
    avatar_url: user.avatarUrl,
    threepids: user.threepids.map((t) => ({ ...t })),
    external_ids: user.externalIds.map((e) => ({ ...e })),
    erased: user.erased,
    last_seen_ts: user.lastSeenTs,
  };
}

/** A row of `GET /_synapse/admin/v2/users`: `creation_ts` in ms and no `suspended` (a Synapse quirk). */
export function userListRow(user: SimUser): JsonObject {
  return {
    name: user.userId,
    user_type: user.userType,
    is_guest: false,
    admin: user.admin,
    deactivated: user.deactivated,
    shadow_banned: user.shadowBanned,
    displayname: user.displayname,
    avatar_url: user.avatarUrl,
    creation_ts: user.creationTs,
    // `approved` is meant to be hidden unless MSC3866 is on, but the servlet's filter is never applied (1.160).
    approved: true,
    erased: user.erased,
    last_seen_ts: user.lastSeenTs,
    locked: user.locked,
  };
}
