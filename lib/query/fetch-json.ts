import { HttpError } from "./query-client";

/**
 * GET one of our own JSON endpoints. A failure becomes an HttpError with its status and a generic message: the
 * server's own error text is not shown, since the UI cannot know whether it is safe or helpful to a reviewer.
 * A 401 (session ended) is left to the caller, which offers a way back to the login page.
 */
export async function fetchJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, {
    headers: { accept: "application/json" },
    credentials: "same-origin",
    signal,
  });
  if (response.status === 401) throw new HttpError(401, "Your session has ended. Sign in again to continue.");
  if (!response.ok) {
    throw new HttpError(
      response.status,
      response.status === 403
        ? "Your role can no longer see this."
        : response.status >= 500
          ? "The server could not load this."
          : "This request was not accepted.",
    );
  }
  return (await response.json()) as T;
}
