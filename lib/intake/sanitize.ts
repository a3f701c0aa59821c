/**
 * Making outside text storable. PostgreSQL rejects NUL in `text` and `\u0000` in `jsonb`, and its JSON parser
 * rejects lone UTF-16 surrogates; hostile reports carry both. Cleaning happens once, on intake, so every later
 * reader can trust the stored rows. Everything else (HTML, bidi controls, homoglyphs) is kept verbatim: it is
 * evidence, and the UI renders it as text.
 */

/** Longest reporter text kept in `Signal.reason`; the full text stays in `Signal.raw`. */
export const REASON_MAX_CHARS = 4096;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(value: string): string {
  return value.replace(/\u0000/g, "").replace(LONE_SURROGATE, "\uFFFD");
}

/** A bounded copy for a text column, cut on a code-point boundary. */
export function boundText(value: string, max = REASON_MAX_CHARS): string {
  const clean = cleanText(value);
  if (clean.length <= max) return clean;
  // Cutting may split a surrogate pair; cleaning again turns the orphan half into U+FFFD.
  return cleanText(clean.slice(0, max));
}

/**
 * A JSON value safe for a `jsonb` column: strings and keys cleaned, non-finite numbers and other non-JSON values
 * dropped (as JSON.stringify would), depth bounded so a crafted document cannot exhaust the stack.
 */
export function cleanJson(value: unknown, depth = 0): unknown {
  if (depth > 64) return "[depth limit]";
  if (typeof value === "string") return cleanText(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value === null || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map((v) => cleanJson(v, depth + 1) ?? null);
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const cleaned = cleanJson(v, depth + 1);
      if (cleaned !== undefined) out[cleanText(k)] = cleaned;
    }
    return out;
  }
  return undefined;
}

/** Reporter-supplied text as a string: Synapse passes through whatever JSON type the reporter sent. */
export function reasonText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === "string" ? value : JSON.stringify(cleanJson(value));
  return boundText(text);
}

/** An integer score, or null when the reporter sent anything else (Synapse does not validate stored content). */
export function scoreValue(value: unknown): number | null {
  return typeof value === "number" && Number.isInteger(value) && Math.abs(value) <= 2 ** 31 - 1
    ? value
    : null;
}
