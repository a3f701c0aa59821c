/**
 * Recognises a Matrix identifier pasted into the command palette: @user:server, !room:server, $event, or
 * mxc://server/id, also inside a matrix.to link (how people usually share them). Returns null for anything else,
 * so ordinary words search pages instead.
 */
export type MatrixIdKind = "USER" | "ROOM" | "EVENT" | "MEDIA";

const PATTERNS: [MatrixIdKind, RegExp][] = [
  ["USER", /^@[^\s:]+:[^\s/]+$/],
  ["ROOM", /^![^\s:]+:[^\s/]+$/],
  ["EVENT", /^\$[^\s]{2,}$/],
  ["MEDIA", /^mxc:\/\/[^\s/]+\/[^\s/]+$/],
];

export function parseMatrixId(input: string): { kind: MatrixIdKind; key: string } | null {
  let text = input.trim();
  const link = /^https:\/\/matrix\.to\/#\/([^?]+)/.exec(text);
  if (link?.[1]) {
    // matrix.to/#/!room:server/$event points at the event; ids in links are percent-encoded.
    const parts = link[1].split("/").map((p) => safeDecode(p));
    text = parts.at(-1) ?? text;
  }
  if (text.length > 1000) return null;
  for (const [kind, pattern] of PATTERNS) if (pattern.test(text)) return { kind, key: text };
  return null;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
