/** Joins class names, skipping falsy ones. Small on purpose: no class-merging magic, so what you write is what ships. */
export function cn(...parts: Array<string | false | null | undefined>): string {
  return parts.filter(Boolean).join(" ");
}
