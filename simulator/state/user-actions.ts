import { synapseError } from "../http/errors";
import { setMembership } from "./room-actions";
import { membership } from "./rooms";
import type { SimState } from "./state";
import type { SimUser } from "./users";

/** `RegistrationHandler.check_username` rules and messages. */
export function checkUsername(state: SimState, localpart: string): void {
  if (!/^[a-z0-9=_\-./+]*$/.test(localpart)) {
    throw synapseError(
      400,
      "User ID can only contain characters a-z, 0-9, or '=_-./+'",
      "M_INVALID_USERNAME",
    );
  }
  if (localpart === "") throw synapseError(400, "User ID cannot be empty", "M_INVALID_USERNAME");
  if (localpart.startsWith("_"))
    throw synapseError(400, "User ID may not begin with _", "M_INVALID_USERNAME");
  const userId = state.users.userIdFor(localpart);
  if (userId.length > 255)
    throw synapseError(400, "User ID may not be longer than 255 characters", "M_INVALID_USERNAME");
  if (state.users.get(userId) || userId === state.noticesUserId)
    throw synapseError(400, "User ID already taken.", "M_USER_IN_USE");
}

export interface Registration {
  localpart: string;
  password: string | null;
  admin: boolean;
  displayname?: string | null;
  userType?: string | null;
  ts?: number;
}

export function registerUser(state: SimState, reg: Registration): SimUser {
  checkUsername(state, reg.localpart);
  return state.users.create({
    localpart: reg.localpart,
    password: reg.password,
    admin: reg.admin,
    // `default_display_name`: the localpart unless one is given.
    ...(reg.displayname !== undefined && reg.displayname !== null ? { displayname: reg.displayname } : {}),
    userType: reg.userType ?? null,
    creationTs: reg.ts ?? state.now(),
  });
}

/** Leave every joined room and reject every invite, as `DeactivateAccountHandler._part_user` does. */
export function partFromAllRooms(state: SimState, userId: string, ts?: number): void {
  for (const room of state.rooms.all()) {
    const m = membership(room, userId);
    if (m === "join" || m === "invite" || m === "knock")
      setMembership(state, room, userId, "leave", userId, ts);
  }
}

/**
 * `DeactivateAccountHandler.deactivate_account`: tokens deleted, password hash removed, rooms left, 3PIDs removed;
 * with `erase`, profile cleared and the user marked erased. Media and messages stay.
 */
export function deactivateUser(state: SimState, user: SimUser, erase: boolean, ts?: number): void {
  state.users.closeAllSessions(user.userId);
  user.password = null;
  user.threepids = [];
  user.deactivated = true;
  partFromAllRooms(state, user.userId, ts);
  if (erase) {
    user.erased = true;
    user.displayname = null;
    user.avatarUrl = null;
  }
}

/** `activate_account`: only the flag; rooms and devices are not restored. */
export function reactivateUser(user: SimUser): void {
  user.deactivated = false;
  user.erased = false;
}

/**
 * `ProfileHandler.set_displayname` / `set_avatar_url`: the profile changes and, as in Synapse, a fresh join event
 * carrying it is sent into every room the user is joined to (so room timelines show the change).
 */
export function setProfile(
  state: SimState,
  user: SimUser,
  changes: { displayname?: string | null; avatarUrl?: string | null },
): void {
  const before = [user.displayname, user.avatarUrl];
  if (changes.displayname !== undefined) user.displayname = changes.displayname;
  if (changes.avatarUrl !== undefined) user.avatarUrl = changes.avatarUrl;
  if (before[0] === user.displayname && before[1] === user.avatarUrl) return;
  for (const room of state.rooms.all()) {
    if (membership(room, user.userId) === "join")
      setMembership(state, room, user.userId, "join", user.userId);
  }
}
