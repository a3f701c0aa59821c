/**
 * The two calls that expose a reviewer to the real file: a reveal (unblurred rendition) and a download of the
 * original. Both are recorded and audited by the server before any byte is sent, and both answer 429 past the
 * daily budget until the reviewer confirms (`acknowledgeOverBudget`).
 */
import type { MediaInfo } from "./types";

export type MediaRequestResult =
  | { kind: "ok"; blob: Blob; fileName: string | null }
  | { kind: "over_budget" }
  | { kind: "descriptor"; info: MediaInfo }
  | { kind: "error"; message: string };

const MESSAGES: Record<number, string> = {
  401: "Your session has ended. Sign in again to continue.",
  403: "Your role, or this case's rules, do not allow seeing this file unblurred.",
  404: "The file or the case no longer exists.",
};

async function interpret(response: Response): Promise<MediaRequestResult> {
  if (response.ok) {
    const disposition = response.headers.get("content-disposition") ?? "";
    const fileName = /filename="([^"]{1,200})"/.exec(disposition)?.[1] ?? null;
    return { kind: "ok", blob: await response.blob(), fileName };
  }
  if (response.status === 429) return { kind: "over_budget" };
  if (response.status === 415) {
    const body = (await response.json().catch(() => null)) as { media?: MediaInfo } | null;
    if (body?.media) return { kind: "descriptor", info: body.media };
  }
  return { kind: "error", message: MESSAGES[response.status] ?? "The server could not provide this file." };
}

export async function requestReveal(input: {
  mxc: string;
  caseId: string;
  acknowledgeOverBudget: boolean;
  /** Unset: the server's choice (the harm's greyscale floor). The page shows it greyscale by CSS either way. */
  greyscale?: boolean;
}): Promise<MediaRequestResult> {
  const response = await fetch("/api/v1/media/reveal", {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json", accept: "image/webp, application/json" },
    body: JSON.stringify(input),
  });
  return interpret(response);
}

export async function requestOriginal(input: { mxc: string; caseId: string; acknowledgeOverBudget: boolean }): Promise<MediaRequestResult> {
  const params = new URLSearchParams({ mxc: input.mxc, caseId: input.caseId });
  if (input.acknowledgeOverBudget) params.set("acknowledgeOverBudget", "1");
  return interpret(await fetch(`/api/v1/media/original?${params}`, { credentials: "same-origin" }));
}

/** Saves a downloaded blob under its (server-sanitised) name without navigating the page. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = "noopener";
  anchor.click();
  // The click starts the download synchronously; the URL can go once the event loop has moved on.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
