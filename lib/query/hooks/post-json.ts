import { HttpError } from "../query-client";

/**
 * POST to one of our own JSON endpoints. Unlike reads, the server's message IS shown for 4xx answers: those are
 * AppError messages written for reviewers ("@alice is reviewing this case until 14:05 UTC"), never internals.
 */
export async function postJson<T>(path: string, body: unknown = {}): Promise<T> {
  const response = await fetch(path, {
    method: "POST",
    headers: { accept: "application/json", "content-type": "application/json" },
    credentials: "same-origin",
    body: JSON.stringify(body),
  });
  if (response.ok) return (await response.json()) as T;
  if (response.status === 401) throw new HttpError(401, "Your session has ended. Sign in again to continue.");
  if (response.status >= 500) throw new HttpError(response.status, "The server could not do this; try again.");
  const payload = (await response.json().catch(() => null)) as { error?: { message?: unknown } } | null;
  const message = typeof payload?.error?.message === "string" ? payload.error.message.slice(0, 300) : "This request was not accepted.";
  throw new HttpError(response.status, message);
}
