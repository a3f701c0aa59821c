import { afterEach, describe, expect, it } from "vitest";

import { call, makeUser, testSimulator } from "../testing";
import { FaultInjector, validateFaults } from "./faults";

const ADMIN_PATH = "/_synapse/admin/v1/server_version";

describe("FaultInjector", () => {
  it("draws the same fault sequence for the same seed, and restarts it on set()", () => {
    const kinds = (f: FaultInjector) =>
      Array.from({ length: 40 }, () => f.decide("/_synapse/admin/v1/x")?.kind ?? null);
    const a = new FaultInjector(1, { errorRate: 0.3, rateLimitRate: 0.3 });
    const b = new FaultInjector(1, { errorRate: 0.3, rateLimitRate: 0.3 });
    const seq = kinds(a);
    expect(kinds(b)).toEqual(seq);
    expect(seq).toContain("error");
    expect(seq).toContain("rateLimit");
    expect(seq).toContain(null);
    a.set({ errorRate: 0.3, rateLimitRate: 0.3 });
    expect(kinds(a)).toEqual(seq);
  });

  it("fails exactly every Nth in-scope call and leaves client paths alone unless scope is 'all'", () => {
    const f = new FaultInjector(1, { everyNth: 3, everyNthKind: "rateLimit" });
    const admin = Array.from({ length: 9 }, () => f.decide("/_synapse/admin/v1/users")?.kind ?? null);
    expect(admin).toEqual([null, null, "rateLimit", null, null, "rateLimit", null, null, "rateLimit"]);
    expect(f.decide("/_matrix/client/v3/sync")).toBeNull();
    expect(f.decide("/_simulator/faults")).toBeNull();
    f.set({ errorRate: 1, scope: "all" });
    expect(f.decide("/_matrix/client/v3/sync")?.kind).toBe("error");
    expect(f.decide("/_simulator/faults")).toBeNull();
  });

  it("adds latency plus bounded jitter", () => {
    const f = new FaultInjector(2, { latencyMs: 100, jitterMs: 50 });
    for (let i = 0; i < 50; i++) {
      const d = f.decide("/_synapse/admin/v1/x")?.delayMs ?? -1;
      expect(d).toBeGreaterThanOrEqual(100);
      expect(d).toBeLessThanOrEqual(150);
    }
  });

  it("rejects nonsense configuration loudly", () => {
    expect(() => validateFaults({ errorRate: 2 })).toThrow(/errorRate/);
    expect(() => validateFaults({ eror: 1 })).toThrow(/unknown fault option/);
    expect(() => validateFaults({ scope: "some" })).toThrow(/scope/);
  });
});

describe("faults over HTTP", () => {
  let sim: Awaited<ReturnType<typeof testSimulator>> | undefined;
  afterEach(async () => {
    await sim?.stop();
    sim = undefined;
  });

  it("5xx: Synapse's JSON 500 or a proxy's HTML 502/504", async () => {
    sim = await testSimulator({ faults: { errorRate: 1 } });
    const statuses = new Set<number>();
    for (let i = 0; i < 30; i++) {
      const res = await sim.admin(ADMIN_PATH);
      statuses.add(res.status);
      if (res.status === 500)
        expect(res.body).toEqual({ errcode: "M_UNKNOWN", error: "Internal server error" });
      else expect(res.json).toBeUndefined();
    }
    expect([...statuses].sort()).toEqual([500, 502, 504]);
  });

  it("429 M_LIMIT_EXCEEDED with retry_after_ms and Retry-After in whole seconds", async () => {
    sim = await testSimulator({ faults: { rateLimitRate: 1, retryAfterMs: 2500 } });
    const res = await sim.admin(ADMIN_PATH);
    expect(res.status).toBe(429);
    expect(res.body).toEqual({
      errcode: "M_LIMIT_EXCEEDED",
      error: "Too Many Requests",
      retry_after_ms: 2500,
    });
    expect(res.headers.get("retry-after")).toBe("3");
  });

  it("malformed bodies are not parseable JSON", async () => {
    sim = await testSimulator({ faults: { malformedRate: 1 } });
    for (let i = 0; i < 10; i++) expect((await sim.admin(ADMIN_PATH)).json).toBeUndefined();
  });

  it("timeouts hold the request until the client gives up, and stop() does not wait for them", async () => {
    sim = await testSimulator({ faults: { timeoutRate: 1 } });
    const aborted = await call(sim.url, ADMIN_PATH, { signal: AbortSignal.timeout(150) }).then(
      () => "answered",
      (e: unknown) => (e instanceof Error ? e.name : "error"),
    );
    expect(aborted).toBe("TimeoutError");
    const pending = call(sim.url, ADMIN_PATH).then(
      () => "answered",
      () => "closed",
    );
    await sim.stop();
    sim = undefined;
    expect(await pending).toBe("closed");
  });

  it("setFaults switches at runtime; scope 'all' reaches client endpoints", async () => {
    sim = await testSimulator();
    expect((await sim.admin(ADMIN_PATH)).status).toBe(200);
    sim.setFaults({ errorRate: 1, scope: "all" });
    expect((await call(sim.url, "/_matrix/client/versions")).status).toBeGreaterThanOrEqual(500);
    sim.setFaults({});
    expect((await call(sim.url, "/_matrix/client/versions")).status).toBe(200);
  });

  it("POST /_simulator/faults is admin-only, never faulted itself, and validates its body", async () => {
    sim = await testSimulator();
    const user = await makeUser(sim, "nobody");
    expect((await call(sim.url, "/_simulator/faults", { body: { errorRate: 1 } })).status).toBe(401);
    expect(
      (await call(sim.url, "/_simulator/faults", { body: { errorRate: 1 }, token: user.token })).body,
    ).toMatchObject({ errcode: "M_FORBIDDEN" });
    expect((await sim.admin("/_simulator/faults", { body: { errorRate: 5 } })).body).toMatchObject({
      errcode: "M_BAD_JSON",
    });
    const set = await sim.admin("/_simulator/faults", { body: { everyNth: 2 } });
    expect(set.body).toEqual({ everyNth: 2 });
    expect((await sim.admin(ADMIN_PATH)).status).toBe(200);
    expect((await sim.admin(ADMIN_PATH)).status).toBeGreaterThanOrEqual(500);
    expect((await sim.admin("/_simulator/faults")).body).toEqual({ everyNth: 2 });
    expect((await sim.admin("/_simulator/faults", { body: {} })).body).toEqual({});
    expect((await sim.admin(ADMIN_PATH)).status).toBe(200);
  });
});
