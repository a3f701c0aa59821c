/**
 * Keyword matching for the proactive room scan (sources/keyword-scan-source.ts). Pure: no I/O.
 *
 * Text and terms go through the same folding before they are compared: Unicode NFKC (fullwidth `ＡＩＲＤＲＯＰ` and
 * mathematical `𝐚𝐢𝐫𝐝𝐫𝐨𝐩` become `airdrop`), lower case, zero-width and other invisible format characters removed
 * (`air\u200Bdrop`), and runs of white space collapsed. Terms match whole words only: a term must not be preceded
 * or followed by a letter, digit or underscore, so "scam" does not fire on "scampi".
 *
 * Folding is done per grapheme-ish segment (a base character and its combining marks) rather than on the whole
 * string, so every folded character maps back to a span of the original text: the case page can highlight exactly
 * what matched in the room name or topic as Synapse returned it.
 */

/** Characters that render as nothing and are used to split words past filters. */
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/gu;
const SEGMENT = /\P{M}\p{M}*|\p{M}+/gsu;
const WORD_CHAR = "[\\p{L}\\p{N}_]";

/** The folded form of a term or text: what comparisons are made on. */
export function foldText(value: string): string {
  return folded(value).text;
}

type Folded = {
  text: string;
  /** For each folded UTF-16 unit, the [start, end) of its source in the original. */ map: [number, number][];
};

function folded(value: string): Folded {
  let text = "";
  const map: [number, number][] = [];
  let lastSpace = true;
  for (const match of value.matchAll(SEGMENT)) {
    const start = match.index;
    const end = start + match[0].length;
    let piece = match[0].normalize("NFKC").toLowerCase().replace(INVISIBLE, "");
    // White space (of any kind after NFKC) collapses to one space; leading space is dropped.
    piece = piece.replace(/\s+/gu, " ");
    for (const ch of piece) {
      if (ch === " " && lastSpace) continue;
      lastSpace = ch === " ";
      text += ch;
      for (let i = 0; i < ch.length; i++) map.push([start, end]);
    }
  }
  if (text.endsWith(" ")) {
    text = text.slice(0, -1);
    map.pop();
  }
  return { text, map };
}

export type KeywordListInput = { id: string; name: string; harmId: string; terms: readonly string[] };

export type CompiledList = { list: KeywordListInput; pattern: RegExp | null; byFolded: Map<string, string> };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Compiles a list once per scan; terms that fold to nothing are ignored. */
export function compileKeywordList(list: KeywordListInput): CompiledList {
  const byFolded = new Map<string, string>();
  for (const term of list.terms) {
    const f = foldText(term);
    if (f && !byFolded.has(f)) byFolded.set(f, term);
  }
  // Longest first, so "free nitro" wins over "nitro" where both would match at the same place.
  const alternatives = [...byFolded.keys()]
    .sort((a, b) => b.length - a.length)
    .map((t) => escape(t).replace(/ /g, "\\s"));
  const pattern =
    alternatives.length === 0
      ? null
      : new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join("|")})(?!${WORD_CHAR})`, "gu");
  return { list, pattern, byFolded };
}

export type TermSpan = { start: number; end: number; term: string };
export type FieldMatch = { terms: string[]; spans: TermSpan[] };

/** The list's terms found in `text`, as entered in the list, with their spans in the original `text`. */
export function matchText(text: string, compiled: CompiledList): FieldMatch | null {
  if (!compiled.pattern || !text) return null;
  const { text: f, map } = folded(text);
  const spans: TermSpan[] = [];
  for (const m of f.matchAll(compiled.pattern)) {
    const term = compiled.byFolded.get(m[0]);
    const first = map[m.index];
    const last = map[m.index + m[0].length - 1];
    if (term === undefined || !first || !last) continue;
    spans.push({ start: first[0], end: last[1], term });
  }
  if (spans.length === 0) return null;
  return { terms: [...new Set(spans.map((s) => s.term))].sort(), spans };
}

export type RoomFields = { name: string | null; topic: string | null };
export type ListMatch = {
  list: KeywordListInput;
  terms: string[];
  fields: { field: "name" | "topic"; text: string; terms: string[]; spans: TermSpan[] }[];
};

/** Every list that matches the room's name or topic, in list order. */
export function matchRoom(room: RoomFields, lists: readonly CompiledList[]): ListMatch[] {
  const out: ListMatch[] = [];
  for (const compiled of lists) {
    const fields: ListMatch["fields"] = [];
    for (const field of ["name", "topic"] as const) {
      const text = room[field];
      const hit = text ? matchText(text, compiled) : null;
      if (text && hit) fields.push({ field, text, ...hit });
    }
    if (fields.length > 0) {
      const terms = [...new Set(fields.flatMap((f) => f.terms))].sort();
      out.push({ list: compiled.list, terms, fields });
    }
  }
  return out;
}

/** The signal reason: "Room name/topic matches <list>: <terms>". */
export function matchReason(match: ListMatch): string {
  const where = match.fields.map((f) => f.field).join("/");
  return `Room ${where} matches ${match.list.name}: ${match.terms.join(", ")}`;
}
