"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { useEffect } from "react";

import { getQueryClient } from "./query-client";

export function QueryProvider({ children }: { children: React.ReactNode }) {
  // Not useState: if React suspends during the first render it may throw the state away; the browser singleton
  // (and a fresh client per server render) avoids that (TanStack's advanced SSR guide).
  const queryClient = getQueryClient();
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

/**
 * Clears every cached query when the signed-in reviewer changes (sign-out, or another reviewer signing in in the
 * same tab), so nobody sees data fetched with someone else's permissions. Rendered by the console layout.
 */
export function QueryCacheOwner({ reviewerId }: { reviewerId: string }) {
  useEffect(() => {
    if (lastOwner !== null && lastOwner !== reviewerId) getQueryClient().clear();
    lastOwner = reviewerId;
  }, [reviewerId]);
  return null;
}

// Survives the console layout unmounting (e.g. a visit to /login between two reviewers).
let lastOwner: string | null = null;

/** Called by the sign-out button before the server action runs. */
export function clearQueryCache(): void {
  getQueryClient().clear();
  lastOwner = null;
}
