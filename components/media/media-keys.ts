import { meKeys } from "@/lib/query/keys";

/**
 * Query keys for media, derived from the shared factories in lib/query/keys.ts. They live here only because that
 * file belongs to another part of the team; they should move there (`meKeys.exposure()`, `mediaKeys.info(mxc)`).
 */
export const exposureKeys = {
  today: () => [...meKeys.all, "exposure", "today"] as const,
};

export const mediaKeys = {
  all: ["media"] as const,
  info: (mxc: string) => [...mediaKeys.all, "info", mxc] as const,
};
