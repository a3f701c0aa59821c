import { describe, expect, it } from "vitest";
import { z } from "zod";

import { SynapseApiError, SynapseNetworkError, SynapseProtocolError, SynapseTimeoutError } from "@/lib/synapse";

import { classifyFailure, RetryLaterError } from "./classify-failure";
import { jobPollDelayMs, retryDelayMs, DEFAULT_TIMING } from "./timing";

const api = (status: number, errcode: string, error: string, retryAfterMs?: number) =>
  new SynapseApiError("PUT", "/_synapse/admin/v1/suspend/%40u%3Ax", status, errcode, error, retryAfterMs, { errcode, error });

describe("classifyFailure", () => {
  it("retries what may succeed later: no answer, 5xx, 429 with its wait, unreadable 2xx, executor waits", () => {
    expect(classifyFailure(new SynapseNetworkError("connection refused", "GET", "/x"))).toMatchObject({ retry: true });
    expect(classifyFailure(new SynapseTimeoutError("GET", "/x", 100))).toMatchObject({ retry: true });
    expect(classifyFailure(api(502, "M_UNKNOWN", "Bad gateway"))).toMatchObject({ retry: true });
    expect(classifyFailure(api(429, "M_LIMIT_EXCEEDED", "Too Many Requests", 2500))).toEqual({
      retry: true,
      delayHintMs: 2500,
      message: "PUT /_synapse/admin/v1/suspend/%40u%3Ax: 429 M_LIMIT_EXCEEDED: Too Many Requests",
    });
    expect(classifyFailure(new SynapseProtocolError("PUT", "/x", "body is not JSON"))).toMatchObject({ retry: true });
    expect(classifyFailure(new RetryLaterError("busy", 50))).toEqual({ retry: true, message: "busy", delayHintMs: 50 });
  });

  it("fails at once on refusals, keeping Synapse's errcode and text", () => {
    expect(classifyFailure(api(400, "M_UNKNOWN", "Can only suspend local users"))).toEqual({
      retry: false,
      message: "PUT /_synapse/admin/v1/suspend/%40u%3Ax: 400 M_UNKNOWN: Can only suspend local users",
    });
    expect(classifyFailure(api(404, "M_NOT_FOUND", "User not found"))).toMatchObject({ retry: false });
    expect(classifyFailure(api(403, "M_FORBIDDEN", "You are not a server admin"))).toMatchObject({ retry: false });
    expect(classifyFailure(z.object({ a: z.string() }).safeParse({}).error)).toMatchObject({ retry: false });
    expect(classifyFailure(new Error("boom"))).toEqual({ retry: false, message: "Unexpected error: boom" });
  });

  it("bounds long messages", () => {
    expect(classifyFailure(api(400, "M_UNKNOWN", "x".repeat(5000))).message.length).toBeLessThanOrEqual(2000);
  });
});

describe("timing", () => {
  const timing = { ...DEFAULT_TIMING, retryBaseMs: 1000, retryMaxMs: 60_000 };
  it("backs off exponentially with jitter, within bounds", () => {
    expect(retryDelayMs(timing, 1, undefined, () => 0)).toBe(500);
    expect(retryDelayMs(timing, 1, undefined, () => 1)).toBe(1000);
    expect(retryDelayMs(timing, 4, undefined, () => 0)).toBe(4000);
    expect(retryDelayMs(timing, 30, undefined, () => 1)).toBe(60_000);
  });
  it("never retries sooner than Synapse asked", () => {
    expect(retryDelayMs(timing, 1, 7000, () => 0)).toBe(7000);
    expect(retryDelayMs(timing, 1, 10 * 60 * 60_000, () => 0)).toBe(60 * 60_000);
  });
  it("polls young jobs often and old ones rarely", () => {
    expect(jobPollDelayMs(DEFAULT_TIMING, 0)).toBe(DEFAULT_TIMING.jobPollMinMs);
    expect(jobPollDelayMs(DEFAULT_TIMING, 100_000)).toBe(10_000);
    expect(jobPollDelayMs(DEFAULT_TIMING, 10 * 60_000)).toBe(DEFAULT_TIMING.jobPollMaxMs);
  });
});
