import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { call, testSimulator } from "../testing";
import { json } from "./respond";
import { Router } from "./router";

describe("Router (Synapse's JsonResource rules)", () => {
  const r = new Router()
    .add("GET", "^/_synapse/admin/v1/media/protect/(?P<media_id>[^/]*)$", () => json({ which: "protect" }))
    .add("POST", "^/_synapse/admin/v1/media/protect/(?P<media_id>[^/]*)$", () =>
      json({ which: "protect-post" }),
    )
    .add("GET", "^/_synapse/admin/v1/media/(?P<server_name>[^/]*)/(?P<media_id>[^/]*)$", () =>
      json({ which: "info" }),
    )
    .add("POST", "^/_synapse/admin/v1/user/(?P<user_id>[^/]*)/redact", () => json({ which: "redact" }));

  it("first matching pattern wins; a known path with another method is 405, not a fall-through", () => {
    expect(() => r.match("DELETE", "/_synapse/admin/v1/media/protect/abc")).toThrow(
      expect.objectContaining({ status: 405, errcode: "M_UNRECOGNIZED" }),
    );
    expect(() => r.match("GET", "/_synapse/admin/v1/nothing")).toThrow(
      expect.objectContaining({ status: 404, errcode: "M_UNRECOGNIZED", message: "Unrecognized request" }),
    );
  });

  it("decodes path groups, treats HEAD as GET, and keeps patterns without `$` open-ended", () => {
    expect(r.match("HEAD", "/_synapse/admin/v1/media/localhost/ab%2Fc").params).toEqual({
      server_name: "localhost",
      media_id: "ab/c",
    });
    expect(r.match("POST", "/_synapse/admin/v1/user/%40bob%3Ahs/redact/extra").params).toEqual({
      user_id: "@bob:hs",
    });
  });
});

describe("dispatch", () => {
  let sim: Awaited<ReturnType<typeof testSimulator>>;
  beforeAll(async () => {
    sim = await testSimulator();
  });
  afterAll(() => sim.stop());

  it("JSON M_UNRECOGNIZED under /_matrix and /_synapse; Twisted's HTML page elsewhere; 405 for a wrong method", async () => {
    expect(await call(sim.url, "/_synapse/admin/v1/no_such_endpoint")).toMatchObject({
      status: 404,
      body: { errcode: "M_UNRECOGNIZED", error: "Unrecognized request" },
    });
    expect((await call(sim.url, "/_matrix/client/v3/nope")).status).toBe(404);
    const other = await call(sim.url, "/elsewhere");
    expect(other.status).toBe(404);
    expect(other.headers.get("content-type")).toContain("text/html");
    expect(await call(sim.url, "/_synapse/admin/v1/server_version", { method: "DELETE" })).toMatchObject({
      status: 405,
      body: { errcode: "M_UNRECOGNIZED" },
    });
  });

  it("access token rules of get_access_token_from_request", async () => {
    const path = "/_synapse/admin/v1/event_reports";
    expect((await call(sim.url, path)).body).toEqual({
      errcode: "M_MISSING_TOKEN",
      error: "Missing access token",
    });
    expect((await call(sim.url, `${path}?access_token=x`, { token: sim.adminToken })).body.error).toBe(
      "Mixing Authorization headers and access_token query parameters.",
    );
    expect((await call(sim.url, path, { headers: { authorization: "Basic abc" } })).body.error).toBe(
      "Invalid Authorization header.",
    );
    expect(
      (await call(sim.url, path, { headers: { authorization: `Bearer ${sim.adminToken} extra` } })).body
        .error,
    ).toBe("Invalid Authorization header.");
    expect((await call(sim.url, `${path}?access_token=${sim.adminToken}`)).status).toBe(200);
    expect((await call(sim.url, path, { token: "nope" })).body).toEqual({
      errcode: "M_UNKNOWN_TOKEN",
      error: "Invalid access token passed.",
      soft_logout: false,
    });
  });

  it("answers OPTIONS with 204 and CORS headers on any path", async () => {
    const res = await fetch(`${sim.url}/_synapse/admin/v1/anything`, { method: "OPTIONS" });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });
});
