import { HttpError } from "@/lib/query/query-client";

/** A refused save: the server's message (written for people) and its per-field errors, when it gave any. */
export class SettingsSaveError extends HttpError {
  constructor(
    status: number,
    message: string,
    public readonly fieldErrors: Record<string, string[]>,
  ) {
    super(status, message);
  }
}

/**
 * PUT to one of the settings endpoints. Like postJson, a 4xx message is shown as the server wrote it (AppError and
 * validation messages), and field errors are passed on so each input can show its own.
 */
export async function putSettings<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: "PUT",
    headers: { accept: "application/json", "content-type": "application/json" },
    credentials: "same-origin",
    body: JSON.stringify(body),
  });
  if (response.ok) return (await response.json()) as T;
  if (response.status === 401)
    throw new SettingsSaveError(401, "Your session has ended. Sign in again to continue.", {});
  if (response.status >= 500)
    throw new SettingsSaveError(response.status, "The server could not save this; try again.", {});
  const payload = (await response.json().catch(() => null)) as {
    error?: { message?: unknown; details?: { fieldErrors?: unknown } };
  } | null;
  const message =
    typeof payload?.error?.message === "string"
      ? payload.error.message.slice(0, 500)
      : "This was not accepted.";
  throw new SettingsSaveError(response.status, message, fieldErrorsOf(payload?.error?.details?.fieldErrors));
}

function fieldErrorsOf(value: unknown): Record<string, string[]> {
  if (!value || typeof value !== "object") return {};
  return Object.fromEntries(
    Object.entries(value).flatMap(([k, v]) =>
      Array.isArray(v) ? [[k, v.filter((m): m is string => typeof m === "string")] as const] : [],
    ),
  );
}
