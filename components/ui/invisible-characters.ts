/**
 * Characters that render as nothing but change what a reader sees: direction controls (a right-to-left override
 * turns "@resu:elpmaxe.gro" into something that reads like "@user:example.org"), zero-width characters and other
 * control or format characters. BoundedText shows each as a visible "U+202E" marker instead.
 */
// Bidi controls (LRE/RLE/PDF/LRO/RLO, LRI/RLI/FSI/PDI, LRM/RLM/ALM), zero-width characters, and other format or
// control characters that render as nothing.
const INVISIBLE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

function codeOf(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

export function revealInvisibles(value: string): string {
  return value.replace(INVISIBLE, (ch) => `⟨${codeOf(ch)}⟩`);
}

export type TextPart = { kind: "text"; text: string } | { kind: "invisible"; code: string };

export function splitInvisibles(value: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of value.matchAll(INVISIBLE)) {
    if (match.index > last) parts.push({ kind: "text", text: value.slice(last, match.index) });
    parts.push({ kind: "invisible", code: codeOf(match[0]) });
    last = match.index + match[0].length;
  }
  if (last < value.length) parts.push({ kind: "text", text: value.slice(last) });
  return parts;
}
