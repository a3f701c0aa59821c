/**
 * The QueryClient factory. On the server a new client per request (no data shared between reviewers); in the
 * browser one client for the tab's lifetime, so navigating between pages keeps the cache (t3's pattern).
 */
import { isServer, QueryClient } from "@tanstack/react-query";

export const DEFAULT_STALE_TIME_MS = 30_000;

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // With server-rendered first pages, refetching right after hydration would only repeat the server's work.
        staleTime: DEFAULT_STALE_TIME_MS,
        // A reviewer returning to the tab should see the queue as it is now, not as it was.
        refetchOnWindowFocus: true,
        retry: (failureCount, error) =>
          failureCount < 2 && !(error instanceof HttpError && error.status < 500),
      },
    },
  });
}

let browserClient: QueryClient | undefined;

export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserClient ??= makeQueryClient();
  return browserClient;
}

/** An HTTP failure from our own API, with its status (so 4xx is not retried) and never the server's error text. */
export class HttpError extends Error {
  constructor(
    public readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}
