import * as reports from "./handlers/admin-reports";
import * as users from "./handlers/admin-users";
import * as userInfo from "./handlers/admin-user-info";
import * as redact from "./handlers/admin-redact";
import * as media from "./handlers/admin-media";
import * as rooms from "./handlers/admin-rooms";
import * as roomActions from "./handlers/admin-room-actions";
import * as misc from "./handlers/admin-misc";
import * as session from "./handlers/client-session";
import * as clientRooms from "./handlers/client-rooms";
import * as read from "./handlers/client-read";
import { sync } from "./handlers/client-sync";
import * as clientReports from "./handlers/client-reports";
import * as clientMedia from "./handlers/client-media";
import type { controlHandlers } from "./handlers/control";
import { admin, client, Router } from "./http/router";

const ID = "(?P<room_id>[^/]*)";
const USER = "(?P<user_id>[^/]*)";

/**
 * The routing table, in one place. Order follows Synapse's registration order where patterns overlap (first match
 * wins; a matching path with another method is 405), e.g. `/media/protect/<id>` is registered before the two-segment
 * `/media/<server>/<id>`, and the redact pattern has no `$` like Synapse's.
 */
export function buildRouter(options: {
  roomReportsApi: boolean;
  control: ReturnType<typeof controlHandlers>;
}): Router {
  const r = new Router();

  // --- /_synapse/admin ------------------------------------------------------------------------------------------
  r.add("GET", admin(`/rooms/${ID}$`), rooms.getRoom).add(
    "DELETE",
    admin(`/rooms/${ID}$`),
    roomActions.deleteRoomV1,
  );
  r.add("GET", admin(`/whois/${USER}$`), userInfo.whois);
  r.add("POST", admin("/deactivate/(?P<target_user_id>[^/]*)$"), users.deactivate);
  r.add("GET", admin("/register$"), misc.registerNonce).add("POST", admin("/register$"), misc.register);
  r.add("POST", admin(`/room/${ID}/media/quarantine$`), media.quarantineRoomMedia);
  r.add("POST", admin(`/quarantine_media/${ID}$`), media.quarantineRoomMedia);
  r.add("POST", admin("/media/quarantine/(?P<server_name>[^/]*)/(?P<media_id>[^/]*)$"), media.quarantineById);
  r.add(
    "POST",
    admin("/media/unquarantine/(?P<server_name>[^/]*)/(?P<media_id>[^/]*)$"),
    media.unquarantineById,
  );
  r.add("POST", admin(`/user/${USER}/media/quarantine$`), media.quarantineUserMedia);
  r.add("GET", admin("/media/quarantine_changes$"), media.quarantineChanges);
  r.add("POST", admin("/media/protect/(?P<media_id>[^/]*)$"), media.protectMedia(true));
  r.add("POST", admin("/media/unprotect/(?P<media_id>[^/]*)$"), media.protectMedia(false));
  r.add("GET", admin(`/room/${ID}/media$`), media.listRoomMedia);
  r.add("DELETE", admin("/media/(?P<server_name>[^/]*)/(?P<media_id>[^/]*)$"), media.deleteMedia);
  r.add("GET", admin(`/users/${USER}/media$`), media.listUserMedia).add(
    "DELETE",
    admin(`/users/${USER}/media$`),
    media.deleteUserMedia,
  );
  r.add("GET", admin("/media/(?P<server_name>[^/]*)/(?P<media_id>[^/]*)$"), media.getMediaInfo);
  r.add("GET", admin(`/rooms/${ID}/block$`), roomActions.getBlock).add(
    "PUT",
    admin(`/rooms/${ID}/block$`),
    roomActions.putBlock,
  );
  r.add("GET", admin("/rooms$"), rooms.listRooms);
  r.add("GET", admin(`/rooms/${ID}/state$`), rooms.roomState);
  r.add("DELETE", admin(`/rooms/${ID}$`, "v2"), roomActions.deleteRoomV2);
  r.add("GET", admin(`/rooms/${ID}/members$`), rooms.roomMembers);
  r.add("GET", admin("/rooms/delete_status/(?P<delete_id>[^/]*)$", "v2"), roomActions.deleteStatusById);
  r.add("GET", admin(`/rooms/${ID}/delete_status$`, "v2"), roomActions.deleteStatusByRoom);
  r.add("POST", admin("/join/(?P<room_identifier>[^/]*)$"), roomActions.forceJoin);
  r.add("GET", admin("/server_version$"), misc.serverVersion);
  r.add("GET", admin(`/users/${USER}/admin$`), userInfo.getAdminFlag).add(
    "PUT",
    admin(`/users/${USER}/admin$`),
    userInfo.putAdminFlag,
  );
  r.add("GET", admin(`/users/${USER}/joined_rooms$`), userInfo.joinedRooms);
  r.add("GET", admin(`/users/${USER}/memberships$`), userInfo.memberships);
  r.add("GET", admin(`/users/${USER}$`, "v2"), users.getUser).add(
    "PUT",
    admin(`/users/${USER}$`, "v2"),
    users.putUser,
  );
  r.add("GET", admin("/users$", "v2"), (ctx) => users.listUsers(ctx, false));
  r.add("GET", admin("/users$", "v3"), (ctx) => users.listUsers(ctx, true));
  r.add("GET", admin("/event_reports/(?P<report_id>[^/]*)$"), reports.getEventReport).add(
    "DELETE",
    admin("/event_reports/(?P<report_id>[^/]*)$"),
    reports.deleteEventReport,
  );
  r.add("GET", admin("/event_reports$"), reports.listEventReports);
  r.add("GET", admin("/user_reports$"), reports.listUserReports);
  r.add("GET", admin("/user_reports/(?P<report_id>[^/]*)$"), reports.getUserReport).add(
    "DELETE",
    admin("/user_reports/(?P<report_id>[^/]*)$"),
    reports.deleteUserReport,
  );
  if (options.roomReportsApi) {
    // Proposed in element-hq/synapse#19648 (unmerged); absent routes answer 404 M_UNRECOGNIZED like released Synapse.
    r.add("GET", admin("/room_reports$"), reports.listRoomReports);
    r.add("GET", admin("/room_reports/(?P<report_id>[^/]*)$"), reports.getRoomReport);
  }
  r.add("POST", admin(`/users/${USER}/shadow_ban$`), users.shadowBan(true)).add(
    "DELETE",
    admin(`/users/${USER}/shadow_ban$`),
    users.shadowBan(false),
  );
  r.add("POST", admin("/rooms/(?P<room_identifier>[^/]*)/make_room_admin$"), roomActions.makeRoomAdmin);
  r.add("GET", admin(`/rooms/${ID}/context/(?P<event_id>[^/]*)$`), rooms.roomContext);
  r.add("GET", admin(`/rooms/${ID}/messages$`), rooms.roomMessages);
  r.add("POST", admin(`/user/${USER}/redact`), redact.startRedaction);
  r.add("GET", admin("/user/redact_status/(?P<redact_id>[^/]*)$"), redact.redactStatus);
  r.add("POST", admin("/send_server_notice$"), misc.sendNotice);
  r.add("PUT", admin("/send_server_notice/(?P<txn_id>[^/]*)$"), misc.sendNoticeTxn);
  r.add("PUT", admin("/suspend/(?P<target_user_id>[^/]*)$"), users.suspendUser);
  r.add("GET", admin("/fetch_event/(?P<event_id>[^/]*)$"), rooms.fetchEvent);

  // --- /_matrix/client ------------------------------------------------------------------------------------------
  r.add("GET", "^/_matrix/client/versions$", session.versions);
  r.add("GET", client("/login$"), session.loginFlows).add("POST", client("/login$"), session.login);
  r.add("POST", client("/logout$"), session.logout);
  r.add("POST", client("/logout/all$"), session.logoutAll);
  r.add("GET", client("/account/whoami$"), session.whoami);
  r.add("GET", client("/devices$"), session.devices);
  r.add("GET", client(`/user/${USER}/rooms/${ID}/tags$`), read.roomTags);
  r.add("GET", client(`/admin/whois/${USER}$`, "(api/v1|r0|v3|unstable)"), userInfo.whois);
  r.add("POST", client("/createRoom$"), clientRooms.createRoomHandler);
  r.add("POST", client("/join/(?P<room_identifier>[^/]*)$"), clientRooms.joinRoom);
  r.add("POST", client(`/rooms/${ID}/join$`), clientRooms.joinRoom);
  r.add("POST", client(`/rooms/${ID}/invite$`), clientRooms.inviteUser);
  r.add("POST", client(`/rooms/${ID}/leave$`), clientRooms.leaveRoom);
  r.add(
    "PUT",
    client(`/rooms/${ID}/send/(?P<event_type>[^/]*)/(?P<txn_id>[^/]*)$`),
    clientRooms.sendMessageTxn,
  );
  r.add("POST", client(`/rooms/${ID}/send/(?P<event_type>[^/]*)$`), clientRooms.sendMessage);
  r.add(
    "PUT",
    client(`/rooms/${ID}/state/(?P<event_type>[^/]*)(?:/(?P<state_key>[^/]*))?$`),
    clientRooms.putState,
  );
  r.add("PUT", client(`/rooms/${ID}/redact/(?P<event_id>[^/]*)/(?P<txn_id>[^/]*)$`), clientRooms.redactEvent);
  r.add("GET", client(`/rooms/${ID}/messages$`), read.roomMessages);
  r.add("GET", client(`/rooms/${ID}/event/(?P<event_id>[^/]*)$`), read.roomEvent);
  r.add("GET", client(`/rooms/${ID}/state$`), read.roomStateClient);
  r.add("GET", client("/joined_rooms$"), read.joinedRoomsClient);
  r.add("GET", client("/sync$"), sync);
  r.add("GET", client(`/directory/list/room/${ID}$`), clientRooms.getDirectoryVisibility);
  r.add("PUT", client(`/directory/list/room/${ID}$`), clientRooms.putDirectoryVisibility);
  r.add("POST", client(`/rooms/${ID}/report/(?P<event_id>[^/]*)$`), clientReports.reportEvent);
  r.add("POST", client(`/rooms/${ID}/report$`, "(v3)"), clientReports.reportRoom);
  r.add("POST", client("/users/(?P<target_user_id>[^/]*)/report$", "(v3)"), clientReports.reportUser);
  r.add(
    "GET",
    "^/_matrix/client/v1/media/download/(?P<server_name>[^/]*)/(?P<media_id>[^/]*)(/(?P<file_name>[^/]*))?$",
    clientMedia.download,
  );
  r.add(
    "GET",
    "^/_matrix/client/v1/media/thumbnail/(?P<server_name>[^/]*)/(?P<media_id>[^/]*)$",
    clientMedia.thumbnail,
  );

  // --- /_matrix/media (legacy upload; downloads there are 404 for authenticated media) ----------------------------
  r.add("POST", "^/_matrix/media/(r0|v3|v1)/upload$", clientMedia.upload);

  // --- /_simulator (not Synapse) ----------------------------------------------------------------------------------
  r.add("GET", "^/_simulator/faults$", options.control.getFaults).add(
    "POST",
    "^/_simulator/faults$",
    options.control.setFaults,
  );
  return r;
}
