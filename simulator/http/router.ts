import type { Handler } from "./context";
import { unrecognized } from "./errors";

export type Method = "GET" | "POST" | "PUT" | "DELETE";

interface RouteEntry {
  source: string;
  regex: RegExp;
  methods: Map<string, Handler>;
}

/**
 * Synapse's `JsonResource` routing: patterns are tried in registration order against the raw path, the first match
 * wins, and a matching path without the method is 405 (not a fall-through to later patterns). Registering the same
 * pattern again adds a method to the first entry, as Synapse's dict keyed by compiled pattern does.
 */
export class Router {
  private readonly entries: RouteEntry[] = [];

  add(method: Method, pattern: string, handler: Handler): this {
    let entry = this.entries.find((e) => e.source === pattern);
    if (!entry) {
      // Patterns are written as in Synapse (Python's `(?P<name>...)`), so they can be compared line by line.
      entry = { source: pattern, regex: new RegExp(pattern.replace(/\(\?P</g, "(?<")), methods: new Map() };
      this.entries.push(entry);
    }
    entry.methods.set(method, handler);
    return this;
  }

  /** Throws M_UNRECOGNIZED (404 unknown path, 405 wrong method). HEAD is treated as GET, as Synapse does. */
  match(method: string, path: string): { handler: Handler; params: Record<string, string> } {
    const wanted = method === "HEAD" ? "GET" : method;
    for (const entry of this.entries) {
      const m = entry.regex.exec(path);
      if (!m) continue;
      const handler = entry.methods.get(wanted);
      if (!handler) throw unrecognized(405);
      const params: Record<string, string> = {};
      for (const [name, value] of Object.entries(m.groups ?? {}))
        if (value !== undefined) params[name] = safeDecode(value);
      return { handler, params };
    }
    throw unrecognized(404);
  }
}

/** Synapse unquotes path groups with `urllib.parse.unquote`, which leaves malformed escapes as they are. */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Anchors used by the route table: `^/_synapse/admin/v1<path>` and the client prefix with r0|v3|unstable. */
export const admin = (path: string, version = "v1") => `^/_synapse/admin/${version}${path}`;
export const client = (path: string, versions = "(r0|v3|unstable)") => `^/_matrix/client/${versions}${path}`;
