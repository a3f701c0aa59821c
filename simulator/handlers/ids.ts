import { synapseError } from "../http/errors";

/** `UserID.from_string`: a sigil and a colon, nothing more is checked. */
export function parseUserId(s: string): { localpart: string; domain: string } {
  if (!s.startsWith("@"))
    throw synapseError(400, "Expected UserID string to start with '@'", "M_INVALID_PARAM");
  const colon = s.indexOf(":");
  if (colon < 0)
    throw synapseError(400, "Expected UserID of the form '@localname:domain'", "M_INVALID_PARAM");
  return { localpart: s.slice(1, colon), domain: s.slice(colon + 1) };
}

/** `RoomID.is_valid` for rooms with a domain (v1-v11). */
export function isValidRoomId(s: string): boolean {
  return /^![^:]*:.+$/.test(s);
}
