/** Time formatting shared by server and client code: deterministic, so both render the same text. */

/** A deterministic English relative time (no Intl, whose output differs between Node's and the browser's ICU). */
export function formatRelative(then: number, now: number, suffix = true): string {
  const seconds = Math.round((now - then) / 1000);
  const future = seconds < 0;
  const s = Math.abs(seconds);
  let text: string;
  if (s < 45) return suffix ? "just now" : "<1 min";
  if (s < 3600) text = `${Math.max(1, Math.round(s / 60))} min`;
  else if (s < 86_400) text = `${Math.floor(s / 3600)} h`;
  else if (s < 86_400 * 60) text = `${Math.floor(s / 86_400)} d`;
  else if (s < 86_400 * 730) text = `${Math.floor(s / (86_400 * 30))} mo`;
  else text = `${Math.floor(s / (86_400 * 365))} y`;
  if (!suffix) return text;
  return future ? `in ${text}` : `${text} ago`;
}

/** "2025-11-26 04:09:12 UTC": the same on every machine. */
export function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}
