/**
 * Link targets from hostile content. A link is never an <a href> on the case page: the reviewer sees the real
 * target as text, and can open it only through an explicit confirm, and only when it is plain http(s). Anything
 * else (javascript:, data:, vbscript:, relative or malformed URLs) is shown and can never be opened.
 */

export type LinkTarget = {
  /** The href as written, for display (bounded). */
  raw: string;
  /** The normalised URL that may be opened after confirmation; null when it must never be opened. */
  openable: string | null;
  /** Why it cannot be opened, when it cannot. */
  blockedReason: "scheme" | "malformed" | null;
  scheme: string | null;
  /** Host in ASCII (punycode), shown next to the link so a homoglyph domain is visible as xn--. */
  host: string | null;
};

const MAX_HREF = 2048;

export function classifyHref(href: string): LinkTarget {
  const raw = href.length > MAX_HREF ? `${href.slice(0, MAX_HREF)}…` : href;
  // Browsers drop control characters and whitespace inside a scheme ("java\tscript:"), so we judge the URL the
  // way the browser would parse it, not the way it is written.
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return { raw, openable: null, blockedReason: "malformed", scheme: null, host: null };
  }
  const scheme = url.protocol.replace(/:$/, "").toLowerCase();
  if (scheme !== "http" && scheme !== "https") {
    return { raw, openable: null, blockedReason: "scheme", scheme, host: null };
  }
  return { raw, openable: url.href, blockedReason: null, scheme, host: url.hostname };
}

/** matrix.to deep link for a Matrix identifier (user, room, alias, event in a room). */
export function matrixToUrl(id: string, roomId?: string | null): string | null {
  if (!/^[@!#$][^\s]{1,500}$/.test(id)) return null;
  if (id.startsWith("$")) {
    if (!roomId || !/^[!#][^\s]{1,500}$/.test(roomId)) return null;
    return `https://matrix.to/#/${encodeMatrixId(roomId)}/${encodeMatrixId(id)}`;
  }
  return `https://matrix.to/#/${encodeMatrixId(id)}`;
}

// matrix.to reads ids verbatim in the fragment; the sigils and ":" stay readable, anything else is escaped so a
// crafted id cannot add path segments or query parameters.
function encodeMatrixId(id: string): string {
  return encodeURIComponent(id).replace(/%40/g, "@").replace(/%3A/gi, ":").replace(/%23/g, "#").replace(/%24/g, "$");
}
