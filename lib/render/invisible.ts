/**
 * Characters that render as nothing (or reorder what is around them) but change what a reader sees: bidi
 * controls, zero-width characters, fillers and tag characters. On the case page each becomes a visible chip,
 * because these are exactly how "invoice\u202Egpj.exe" or "a\u200Bdmin" are built to fool a reviewer.
 *
 * components/ui/invisible-characters.ts covers the table cells; this one is the superset the case page uses for
 * full message bodies (it adds names, soft hyphens, Hangul fillers and tag characters). lib/ cannot import from
 * components/, hence the separate module.
 */

const NAMES: Record<number, string> = {
  0x00ad: "SOFT HYPHEN",
  0x034f: "COMBINING GRAPHEME JOINER",
  0x061c: "ARABIC LETTER MARK",
  0x115f: "HANGUL CHOSEONG FILLER",
  0x1160: "HANGUL JUNGSEONG FILLER",
  0x180e: "MONGOLIAN VOWEL SEPARATOR",
  0x200b: "ZERO WIDTH SPACE",
  0x200c: "ZERO WIDTH NON-JOINER",
  0x200d: "ZERO WIDTH JOINER",
  0x200e: "LEFT-TO-RIGHT MARK",
  0x200f: "RIGHT-TO-LEFT MARK",
  0x202a: "LEFT-TO-RIGHT EMBEDDING",
  0x202b: "RIGHT-TO-LEFT EMBEDDING",
  0x202c: "POP DIRECTIONAL FORMATTING",
  0x202d: "LEFT-TO-RIGHT OVERRIDE",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
  0x2060: "WORD JOINER",
  0x2066: "LEFT-TO-RIGHT ISOLATE",
  0x2067: "RIGHT-TO-LEFT ISOLATE",
  0x2068: "FIRST STRONG ISOLATE",
  0x2069: "POP DIRECTIONAL ISOLATE",
  0x3164: "HANGUL FILLER",
  0xfeff: "ZERO WIDTH NO-BREAK SPACE",
  0xffa0: "HALFWIDTH HANGUL FILLER",
};

// Tab and newline are kept as layout; every other C0/C1 control is shown. Tag characters (U+E0000–E007F) hide
// text inside emoji sequences; variation selectors are left alone since emoji need them.
const INVISIBLE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFEFF\uFFA0]|\uDB40[\uDC00-\uDC7F]/g;

/** Bidi controls specifically: the ones that can reorder a whole line. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export type TextSegment =
  | { kind: "text"; text: string }
  | { kind: "invisible"; code: string; name: string; bidi: boolean };

export function codePointLabel(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

export function invisibleName(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0xe0000 && cp <= 0xe007f) return "TAG CHARACTER";
  return NAMES[cp] ?? "CONTROL CHARACTER";
}

/** Splits text into visible runs and one segment per invisible character, in order. Lossless. */
export function segmentText(value: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of value.matchAll(INVISIBLE)) {
    if (match.index > last) segments.push({ kind: "text", text: value.slice(last, match.index) });
    const ch = match[0];
    segments.push({ kind: "invisible", code: codePointLabel(ch), name: invisibleName(ch), bidi: BIDI.test(ch) });
    last = match.index + ch.length;
  }
  if (last < value.length) segments.push({ kind: "text", text: value.slice(last) });
  return segments;
}

export function countInvisibles(value: string): { total: number; bidi: number } {
  let total = 0;
  let bidi = 0;
  for (const match of value.matchAll(INVISIBLE)) {
    total += 1;
    if (BIDI.test(match[0])) bidi += 1;
  }
  return { total, bidi };
}
