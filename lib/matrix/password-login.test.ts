import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterEach, describe, expect, it } from "vitest";

import { loginWithPassword, logout } from "./password-login";

let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

/** A one-route homeserver on 127.0.0.1 that answers every request with `status` + `body` and records the last body. */
async function homeserver(status: number, body: unknown, headers: Record<string, string> = {}) {
  const seen: { body?: unknown; auth?: string; url?: string } = {};
  server = createServer((req, res) => {
    let text = "";
    req.on("data", (chunk: Buffer) => (text += chunk.toString()));
    req.on("end", () => {
      Object.assign(seen, {
        body: text ? (JSON.parse(text) as unknown) : undefined,
        auth: req.headers.authorization,
        url: req.url,
      });
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

describe("loginWithPassword", () => {
  it("logs in with m.login.password and an m.id.user identifier", async () => {
    const hs = await homeserver(200, {
      user_id: "@rev:localhost",
      access_token: "syt_x",
      device_id: "DEV",
      home_server: "localhost",
    });
    await expect(loginWithPassword({ baseUrl: hs.baseUrl, user: "rev", password: "pw" })).resolves.toEqual({
      ok: true,
      userId: "@rev:localhost",
      accessToken: "syt_x",
      deviceId: "DEV",
    });
    expect(hs.seen.url).toBe("/_matrix/client/v3/login");
    expect(hs.seen.body).toMatchObject({
      type: "m.login.password",
      identifier: { type: "m.id.user", user: "rev" },
      password: "pw",
    });
  });

  it.each([
    [403, { errcode: "M_FORBIDDEN", error: "Invalid username or password" }, "invalid_credentials"],
    [401, { errcode: "M_USER_LOCKED", error: "User account has been locked", soft_logout: true }, "locked"],
    [403, { errcode: "M_USER_DEACTIVATED", error: "This account has been deactivated" }, "deactivated"],
    [500, { errcode: "M_UNKNOWN", error: "Internal server error" }, "homeserver_error"],
  ] as const)("maps %i %o to %s", async (status, body, reason) => {
    const hs = await homeserver(status, body);
    await expect(
      loginWithPassword({ baseUrl: hs.baseUrl, user: "rev", password: "pw" }),
    ).resolves.toMatchObject({ ok: false, reason });
  });

  it("reports rate limiting with the wait", async () => {
    const hs = await homeserver(429, {
      errcode: "M_LIMIT_EXCEEDED",
      error: "Too Many Requests",
      retry_after_ms: 2500,
    });
    await expect(loginWithPassword({ baseUrl: hs.baseUrl, user: "rev", password: "pw" })).resolves.toEqual({
      ok: false,
      reason: "rate_limited",
      errcode: "M_LIMIT_EXCEEDED",
      retryAfterMs: 2500,
    });
  });

  it("reports a homeserver it cannot reach as a network error", async () => {
    const hs = await homeserver(200, {});
    server!.closeAllConnections();
    await new Promise((resolve) => server!.close(resolve));
    server = undefined;
    await expect(loginWithPassword({ baseUrl: hs.baseUrl, user: "rev", password: "pw" })).resolves.toEqual({
      ok: false,
      reason: "network_error",
    });
  });

  it("does not accept a 200 without a token", async () => {
    const hs = await homeserver(200, { user_id: "@rev:localhost" });
    await expect(
      loginWithPassword({ baseUrl: hs.baseUrl, user: "rev", password: "pw" }),
    ).resolves.toMatchObject({ ok: false, reason: "homeserver_error" });
  });
});

describe("logout", () => {
  it("sends the token and treats an already-unknown token as logged out", async () => {
    const hs = await homeserver(401, {
      errcode: "M_UNKNOWN_TOKEN",
      error: "Unrecognised access token",
      soft_logout: false,
    });
    await expect(logout({ baseUrl: hs.baseUrl, accessToken: "syt_gone" })).resolves.toBeUndefined();
    expect(hs.seen).toMatchObject({ url: "/_matrix/client/v3/logout", auth: "Bearer syt_gone" });
  });

  it("throws on other failures so the caller knows a session may remain", async () => {
    const hs = await homeserver(500, { errcode: "M_UNKNOWN", error: "Internal server error" });
    await expect(logout({ baseUrl: hs.baseUrl, accessToken: "syt_x" })).rejects.toThrow(/HTTP 500 M_UNKNOWN/);
  });
});
