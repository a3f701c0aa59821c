/**
 * The one HTTP core for every Synapse call the console makes (dub's HttpBaseClient, specialised): zod-validated
 * responses, a timeout per attempt, Matrix errors kept as SynapseApiError, retries for idempotent calls only.
 *
 * It reads no environment (see from-env.ts) and imports nothing from Next, so the worker and the CLI can use it in
 * plain Node. The access token lives in a private field: it is sent as a header and scrubbed from every text the
 * server sends back, so it cannot end up in an error, a log line or a serialized object.
 */
import type { z } from "zod";

import {
  SynapseApiError,
  SynapseError,
  SynapseMediaTooLargeError,
  SynapseNetworkError,
  SynapseProtocolError,
  SynapseTimeoutError,
  type HttpMethod,
} from "./errors";
import { buildUrl, type EncodedPath, type QueryParams } from "./path";
import { apiErrorFromResponse, readBytesWithLimit } from "./response-body";
import { DEFAULT_RETRY_POLICY, isRetryableFailure, retryDelayMs, sleep, type RetryPolicy } from "./retry";
import { summarizeIssues } from "./zod-summary";

type LogFn = (message: string, fields?: Record<string, unknown>) => void;
export interface SynapseLogger {
  debug?: LogFn;
  warn: LogFn;
}

export interface SynapseClientConfig {
  baseUrl: string;
  accessToken: string;
  /** Per attempt, default 15 s. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Retries after the first attempt for idempotent calls, default 3. */
  maxRetries?: number;
  logger?: SynapseLogger;
  /** Backoff tuning; tests shorten it. */
  retryBaseDelayMs?: number;
  maxRetryDelayMs?: number;
}

export interface SynapseRequest {
  method: HttpMethod;
  path: EncodedPath;
  query?: QueryParams;
  /** Sent as JSON. */
  body?: unknown;
  /** Safe to repeat? Defaults to true for GET only: every PUT/DELETE/POST must opt in explicitly. */
  idempotent?: boolean;
  /** Send the access token (default). A few routes (server_version, client versions) need none. */
  auth?: boolean;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface MediaBytes {
  bytes: Uint8Array;
  contentType: string;
  contentDisposition: string | undefined;
}

const silentLogger: SynapseLogger = { warn: () => undefined };

export class SynapseClient {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly #accessToken: string;
  readonly #fetch: typeof fetch;
  readonly #retry: RetryPolicy;
  readonly #logger: SynapseLogger;
  readonly #config: Omit<SynapseClientConfig, "accessToken">;

  constructor(config: SynapseClientConfig) {
    const { accessToken, ...rest } = config;
    this.#config = rest;
    this.baseUrl = config.baseUrl.replace(/\/+$/, "");
    this.timeoutMs = config.timeoutMs ?? 15_000;
    this.#accessToken = accessToken;
    this.#fetch = config.fetch ?? globalThis.fetch;
    this.#retry = {
      maxRetries: config.maxRetries ?? DEFAULT_RETRY_POLICY.maxRetries,
      baseDelayMs: config.retryBaseDelayMs ?? DEFAULT_RETRY_POLICY.baseDelayMs,
      maxDelayMs: config.maxRetryDelayMs ?? DEFAULT_RETRY_POLICY.maxDelayMs,
    };
    this.#logger = config.logger ?? silentLogger;
  }

  /** Same server and settings, another identity (e.g. a reviewer's own token, or a test user's). */
  withAccessToken(accessToken: string): SynapseClient {
    return new SynapseClient({ ...this.#config, accessToken });
  }

  async request<S extends z.ZodType>(req: SynapseRequest & { outputSchema: S }): Promise<z.output<S>> {
    return this.#execute(req, async (res) => {
      const text = this.#scrub(await res.text());
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (cause) {
        const type = res.headers.get("content-type") ?? "no content-type";
        throw new SynapseProtocolError(req.method, req.path, `body is not JSON (${type})`, { cause });
      }
      const parsed = req.outputSchema.safeParse(json);
      if (!parsed.success)
        throw new SynapseProtocolError(req.method, req.path, summarizeIssues(parsed.error));
      return parsed.data;
    });
  }

  /** For media: the raw body, refused (and the transfer aborted) past `maxBytes`. */
  async requestBytes(req: SynapseRequest & { maxBytes: number }): Promise<MediaBytes> {
    return this.#execute(req, async (res) => ({
      bytes: await readBytesWithLimit(
        res,
        req.maxBytes,
        () => new SynapseMediaTooLargeError(req.method, req.path, req.maxBytes),
      ),
      contentType: res.headers.get("content-type") ?? "application/octet-stream",
      contentDisposition: res.headers.get("content-disposition") ?? undefined,
    }));
  }

  async #execute<T>(req: SynapseRequest, consume: (res: Response) => Promise<T>): Promise<T> {
    const idempotent = req.idempotent ?? req.method === "GET";
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#attempt(req, consume);
      } catch (failure) {
        if (!idempotent || !isRetryableFailure(failure) || attempt >= this.#retry.maxRetries) throw failure;
        const retryAfter = failure instanceof SynapseApiError ? failure.retryAfterMs : undefined;
        const delayMs = retryDelayMs(this.#retry, attempt, retryAfter);
        if (delayMs === undefined) throw failure; // server wants a longer pause than we block for
        this.#logger.warn("synapse request failed, retrying", {
          method: req.method,
          path: req.path,
          attempt: attempt + 1,
          delayMs,
          reason: (failure as Error).message,
        });
        await sleep(delayMs, req.signal);
      }
    }
  }

  async #attempt<T>(req: SynapseRequest, consume: (res: Response) => Promise<T>): Promise<T> {
    const timeoutMs = req.timeoutMs ?? this.timeoutMs;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = req.signal ? AbortSignal.any([timeout, req.signal]) : timeout;
    const headers: Record<string, string> = { accept: "application/json" };
    if (req.auth !== false) headers.authorization = `Bearer ${this.#accessToken}`;
    if (req.body !== undefined) headers["content-type"] = "application/json";
    const started = Date.now();
    try {
      const res = await this.#fetch(buildUrl(this.baseUrl, req.path, req.query), {
        method: req.method,
        headers,
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        signal,
        redirect: "error", // never forward the Authorization header to wherever a redirect points
      });
      this.#logger.debug?.("synapse request", {
        method: req.method,
        path: req.path,
        status: res.status,
        ms: Date.now() - started,
      });
      if (!res.ok) {
        const text = this.#scrub(await res.text());
        throw apiErrorFromResponse(req.method, req.path, res.status, res.headers, text);
      }
      return await consume(res);
    } catch (error) {
      if (error instanceof SynapseError) throw error;
      if (req.signal?.aborted) throw req.signal.reason; // the caller gave up: not ours to wrap or retry
      if (timeout.aborted) throw new SynapseTimeoutError(req.method, req.path, timeoutMs);
      throw new SynapseNetworkError(
        `Synapse ${req.method} ${req.path}: ${this.#scrub(describeNetworkError(error))}`,
        req.method,
        req.path,
        {
          cause: error,
        },
      );
    }
  }

  #scrub(text: string): string {
    const token = this.#accessToken;
    if (token.length < 4) return text; // nothing meaningful to hide; avoid mangling every occurrence of a letter
    return text.replaceAll(token, "[redacted]").replaceAll(encodeURIComponent(token), "[redacted]");
  }
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return `${error.message} (${typeof code === "string" ? code : cause.message})`;
  }
  return error.message;
}
