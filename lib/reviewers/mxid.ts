/**
 * Matrix user ids as the console accepts them: `@localpart:server` (with an optional port), bounded in length as
 * Synapse bounds them (255 bytes). A bare localpart is completed with the homeserver's name.
 */
const MXID = /^@[a-z0-9._=\-/+]+:[a-zA-Z0-9.-]+(:\d{1,5})?$/;
const LOCALPART = /^[a-z0-9._=\-/+]+$/;

export function isMxid(value: string): boolean {
  return value.length <= 255 && MXID.test(value);
}

/** "alice" → "@alice:server"; "@Alice:server" → "@alice:server" (Synapse lowercases localparts at login). */
export function normaliseUsername(input: string, serverName: string | null): string | null {
  const trimmed = input.trim();
  if (trimmed.startsWith("@")) {
    const colon = trimmed.indexOf(":");
    if (colon < 0) return null;
    const candidate = `${trimmed.slice(0, colon).toLowerCase()}${trimmed.slice(colon)}`;
    return isMxid(candidate) ? candidate : null;
  }
  const localpart = trimmed.toLowerCase();
  if (!serverName || !LOCALPART.test(localpart)) return null;
  const candidate = `@${localpart}:${serverName}`;
  return isMxid(candidate) ? candidate : null;
}

export function serverOf(mxid: string): string {
  return mxid.slice(mxid.indexOf(":") + 1);
}
