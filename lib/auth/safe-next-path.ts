/** Where to go after sign-in: only a path on this console, never another origin ("//evil", "https://…"). */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/queue";
  if (next.startsWith("/login") || next.startsWith("/api/")) return "/queue";
  return next.slice(0, 1000);
}
