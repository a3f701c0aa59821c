/**
 * Length bounds for attacker-controlled text. The server cuts before anything is sent to the browser (a 1 MB
 * report reason must not become a 1 MB page), and says how much was cut so the reviewer knows the rest exists.
 */

export type Bounded = { text: string; truncated: boolean; totalLength: number };

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
export function boundText(value: string, max: number): Bounded {
  if (value.length <= max) return { text: value, truncated: false, totalLength: value.length };
  let end = max;
  const code = value.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return { text: value.slice(0, end), truncated: true, totalLength: value.length };
}

/** Pretty JSON for the raw view, bounded. Never throws: a value JSON cannot express is described instead. */
export function boundedJson(value: unknown, max: number): Bounded {
  let json: string;
  try {
    json = JSON.stringify(value, null, 2) ?? "undefined";
  } catch {
    json = "[not serialisable as JSON]";
  }
  return boundText(json, max);
}
