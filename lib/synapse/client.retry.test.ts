import { afterEach, describe, expect, it } from "vitest";

import { SynapseClient, type SynapseClientConfig } from "./client";
import { SynapseApiError } from "./errors";
import { synapsePath } from "./path";
import { parseRetryAfterHeader, retryDelayMs } from "./retry";
import { ZEmpty } from "./schemas";
import { sendJson, startFakeServer, type FakeHandler, type FakeServer } from "./testing/fake-server";

let server: FakeServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(handler: FakeHandler, config: Partial<SynapseClientConfig> = {}) {
  server = await startFakeServer(handler);
  return new SynapseClient({
    baseUrl: server.url,
    accessToken: "syt_token_for_retry_tests",
    retryBaseDelayMs: 5,
    maxRetries: 2,
    ...config,
  });
}

/** Answers each request with the next scripted reply; the last one repeats. */
function script(...replies: Array<[number, unknown, Record<string, string>?]>): FakeHandler {
  let i = 0;
  return (_req, res) => {
    const [status, body, headers] = replies[Math.min(i++, replies.length - 1)]!;
    sendJson(res, status, body, headers);
  };
}

const path = synapsePath`/_synapse/admin/v1/event_reports`;
const limited = { errcode: "M_LIMIT_EXCEEDED", error: "Too Many Requests", retry_after_ms: 120 };
const boom = { errcode: "M_UNKNOWN", error: "Internal server error" };

describe("SynapseClient retries", () => {
  it("retries a GET after 429, waiting retry_after_ms", async () => {
    const client = await clientFor(script([429, limited], [200, { ok: 1 }]));
    const started = Date.now();
    await expect(client.request({ method: "GET", path, outputSchema: ZEmpty })).resolves.toEqual({ ok: 1 });
    expect(server!.requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(115);
  });

  it("honours the Retry-After header when the body has no retry_after_ms", async () => {
    const client = await clientFor(
      script([429, { errcode: "M_LIMIT_EXCEEDED", error: "slow down" }, { "retry-after": "0" }], [200, {}]),
    );
    await client.request({ method: "GET", path, outputSchema: ZEmpty });
    expect(server!.requests).toHaveLength(2);
  });

  it("does not block when the server asks for a longer pause than allowed; the error carries it", async () => {
    const client = await clientFor(script([429, { ...limited, retry_after_ms: 60_000 }]), {
      maxRetryDelayMs: 1_000,
    });
    const error = await client
      .request({ method: "GET", path, outputSchema: ZEmpty })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 60_000 });
    expect(server!.requests).toHaveLength(1);
  });

  it("retries 5xx a bounded number of times", async () => {
    const client = await clientFor(script([500, boom]), { maxRetries: 2 });
    await expect(client.request({ method: "GET", path, outputSchema: ZEmpty })).rejects.toBeInstanceOf(
      SynapseApiError,
    );
    expect(server!.requests).toHaveLength(3);
  });

  it("never retries a POST that is not marked idempotent", async () => {
    const client = await clientFor(script([503, boom], [200, {}]));
    await expect(client.request({ method: "POST", path, outputSchema: ZEmpty })).rejects.toMatchObject({
      status: 503,
    });
    expect(server!.requests).toHaveLength(1);
  });

  it("not even on 429", async () => {
    const client = await clientFor(script([429, limited], [200, {}]));
    await expect(client.request({ method: "POST", path, outputSchema: ZEmpty })).rejects.toMatchObject({
      status: 429,
      retryAfterMs: 120,
    });
    expect(server!.requests).toHaveLength(1);
  });

  it("retries a POST marked idempotent", async () => {
    const client = await clientFor(script([500, boom], [200, {}]));
    await expect(
      client.request({ method: "POST", path, outputSchema: ZEmpty, idempotent: true }),
    ).resolves.toEqual({});
    expect(server!.requests).toHaveLength(2);
  });

  it("does not retry PUT/DELETE unless marked idempotent, and does when marked", async () => {
    const client = await clientFor(script([502, boom], [502, boom], [200, {}]));
    await expect(client.request({ method: "DELETE", path, outputSchema: ZEmpty })).rejects.toMatchObject({
      status: 502,
    });
    await expect(
      client.request({ method: "PUT", path, outputSchema: ZEmpty, idempotent: true }),
    ).resolves.toEqual({});
    expect(server!.requests).toHaveLength(3);
  });

  it("does not retry 4xx other than 429", async () => {
    const client = await clientFor(
      script([404, { errcode: "M_NOT_FOUND", error: "Event report not found" }]),
    );
    await expect(client.request({ method: "GET", path, outputSchema: ZEmpty })).rejects.toMatchObject({
      errcode: "M_NOT_FOUND",
    });
    expect(server!.requests).toHaveLength(1);
  });

  it("retries network errors for idempotent calls", async () => {
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => {
      calls++;
      if (calls === 1)
        throw new TypeError("fetch failed", {
          cause: Object.assign(new Error("reset"), { code: "ECONNRESET" }),
        });
      return fetch(input, init);
    };
    const client = await clientFor(script([200, {}]), { fetch: flaky });
    await expect(client.request({ method: "GET", path, outputSchema: ZEmpty })).resolves.toEqual({});
    expect(calls).toBe(2);
  });

  it("stops waiting when the caller aborts, without wrapping the abort", async () => {
    const client = await clientFor(script([500, boom]), { retryBaseDelayMs: 10_000 });
    const controller = new AbortController();
    const pending = client.request({ method: "GET", path, outputSchema: ZEmpty, signal: controller.signal });
    setTimeout(() => controller.abort(new Error("shutting down")), 50);
    await expect(pending).rejects.toThrow("shutting down");
  });
});

describe("retry arithmetic", () => {
  const policy = { maxRetries: 5, baseDelayMs: 100, maxDelayMs: 1_000 };

  it("grows exponentially with jitter and a ceiling", () => {
    expect(retryDelayMs(policy, 0, undefined, () => 0)).toBe(50);
    expect(retryDelayMs(policy, 0, undefined, () => 1)).toBe(100);
    expect(retryDelayMs(policy, 3, undefined, () => 1)).toBe(800);
    expect(retryDelayMs(policy, 10, undefined, () => 1)).toBe(1_000);
  });

  it("uses the server's wait as a floor, and gives up beyond the ceiling", () => {
    expect(retryDelayMs(policy, 0, 400, () => 0)).toBe(400);
    expect(retryDelayMs(policy, 0, 400, () => 0.99)).toBeGreaterThanOrEqual(400);
    expect(retryDelayMs(policy, 0, 5_000)).toBeUndefined();
  });

  it("parses Retry-After seconds and dates", () => {
    expect(parseRetryAfterHeader("3")).toBe(3_000);
    expect(parseRetryAfterHeader(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(parseRetryAfterHeader("soon")).toBeUndefined();
    expect(parseRetryAfterHeader(null)).toBeUndefined();
  });
});
