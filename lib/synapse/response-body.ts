/**
 * Turning raw HTTP answers into client results: Matrix error bodies into SynapseApiError (also when a proxy answered
 * with HTML), and byte-limited media bodies. Callers pass text that has already had the access token scrubbed.
 */
import { SynapseApiError, type HttpMethod } from "./errors";
import { parseRetryAfterHeader } from "./retry";

const SNIPPET_CHARS = 200;

export function apiErrorFromResponse(
  method: HttpMethod,
  path: string,
  status: number,
  headers: Headers,
  text: string,
): SynapseApiError {
  const json = parseJsonObject(text);
  const headerRetryAfter = parseRetryAfterHeader(headers.get("retry-after"));
  if (json && typeof json.errcode === "string") {
    const bodyRetryAfter =
      typeof json.retry_after_ms === "number" && json.retry_after_ms >= 0 ? json.retry_after_ms : undefined;
    const message = typeof json.error === "string" ? json.error : "";
    return new SynapseApiError(
      method,
      path,
      status,
      json.errcode,
      message,
      bodyRetryAfter ?? headerRetryAfter,
      json,
    );
  }
  const type = headers.get("content-type") ?? "no content-type";
  const snippet = text.replace(/\s+/g, " ").trim().slice(0, SNIPPET_CHARS);
  const error = `HTTP ${status} with a non-Matrix body (${type})${snippet ? `: ${snippet}` : ""}`;
  return new SynapseApiError(method, path, status, undefined, error, headerRetryAfter, json);
}

export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads at most `maxBytes` of a body. Checks `Content-Length` first so an oversized file is refused before any byte
 * arrives, then counts while streaming because the header may be absent (chunked) or wrong.
 */
export async function readBytesWithLimit(
  res: Response,
  maxBytes: number,
  tooLarge: () => Error,
): Promise<Uint8Array> {
  const declared = Number(res.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
