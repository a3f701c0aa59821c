/** Endpoint-module behaviour that is ours rather than Synapse's: result mapping, guards, byte limits. */
import { readFileSync } from "node:fs";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { detectCapabilities } from "./capabilities";
import { SynapseClient } from "./client";
import { SynapseMediaTooLargeError } from "./errors";
import { createMediaApi } from "./media";
import { createReportsApi } from "./reports";
import { createServerApi, SynapseAdminAccessError } from "./server";
import { sendJson, startFakeServer, type FakeHandler, type FakeServer } from "./testing/fake-server";
import { createUsersApi } from "./users";

let server: FakeServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(handler: FakeHandler) {
  server = await startFakeServer(handler);
  return new SynapseClient({ baseUrl: server.url, accessToken: "syt_unit_token", maxRetries: 0 });
}

const unrecognized = { errcode: "M_UNRECOGNIZED", error: "Unrecognized request" };
const fixtureText = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "__fixtures__", name), "utf8");

describe("room reports (PR #19648, not in released Synapse)", () => {
  it("reports 404 M_UNRECOGNIZED as 'not available on this server', not as an error", async () => {
    const reports = createReportsApi(await clientFor((_req, res) => sendJson(res, 404, unrecognized)));
    await expect(reports.listRoomReports({ limit: 1 })).resolves.toEqual({
      available: false,
      reason: "not available on this server",
    });
    await expect(reports.getRoomReport(3)).resolves.toMatchObject({ available: false });
  });

  it("parses the proposed shape where the endpoint exists", async () => {
    const row = {
      id: 7,
      received_ts: 1,
      room_id: "!r:l",
      user_id: "@a:l",
      reason: "spam room",
      name: null,
      canonical_alias: null,
      topic: null,
    };
    const reports = createReportsApi(
      await clientFor((_req, res) => sendJson(res, 200, { room_reports: [row], next_batch: 7 })),
    );
    await expect(reports.listRoomReports()).resolves.toEqual({
      available: true,
      page: { room_reports: [row], next_batch: 7 },
    });
  });

  it("still throws a missing report (404 M_NOT_FOUND) and auth errors", async () => {
    const reports = createReportsApi(
      await clientFor((_req, res) =>
        sendJson(res, 404, { errcode: "M_NOT_FOUND", error: "Room report not found" }),
      ),
    );
    await expect(reports.getRoomReport(1)).rejects.toMatchObject({ errcode: "M_NOT_FOUND" });
  });
});

describe("users", () => {
  it("reads the suspension flag from Synapse's dynamic key", async () => {
    const users = createUsersApi(
      await clientFor((_req, res) => sendJson(res, 200, JSON.parse(fixtureText("admin_suspend.json")))),
    );
    await expect(users.suspend("@bob:localhost")).resolves.toBe(true);
    expect(server!.requests[0]).toMatchObject({
      method: "PUT",
      url: "/_synapse/admin/v1/suspend/%40bob%3Alocalhost",
      body: '{"suspend":true}',
    });
  });

  it("never PUTs a lock for a user that does not exist (PUT v2 would create it)", async () => {
    const users = createUsersApi(
      await clientFor((_req, res) => sendJson(res, 404, { errcode: "M_NOT_FOUND", error: "User not found" })),
    );
    await expect(users.lock("@typo:localhost")).rejects.toMatchObject({ status: 404 });
    expect(server!.requests.map((r) => r.method)).toEqual(["GET"]);
  });
});

describe("media bytes", () => {
  it("returns bytes and content type, and passes the admin bypass flag", async () => {
    const media = createMediaApi(
      await clientFor((_req, res) => {
        res.writeHead(200, { "content-type": "image/png" });
        res.end(Buffer.from([1, 2, 3]));
      }),
    );
    const file = await media.download("localhost", "abc", { bypassQuarantine: true });
    expect(Array.from(file.bytes)).toEqual([1, 2, 3]);
    expect(file.contentType).toBe("image/png");
    expect(server!.requests[0]!.url).toBe(
      "/_matrix/client/v1/media/download/localhost/abc?admin_unsafely_bypass_quarantine=true",
    );
  });

  it("refuses a body past the byte limit, declared or streamed", async () => {
    const media = createMediaApi(
      await clientFor((req, res) => {
        if (req.url.includes("declared")) {
          res.writeHead(200, { "content-length": "1000" });
          return res.end(Buffer.alloc(1000));
        }
        res.writeHead(200, { "transfer-encoding": "chunked" });
        res.write(Buffer.alloc(600));
        res.end(Buffer.alloc(600));
      }),
    );
    await expect(media.download("localhost", "declared", { maxBytes: 999 })).rejects.toBeInstanceOf(
      SynapseMediaTooLargeError,
    );
    await expect(
      media.thumbnail("localhost", "chunked", { width: 32, height: 32, maxBytes: 1_000 }),
    ).rejects.toBeInstanceOf(SynapseMediaTooLargeError);
  });
});

describe("server", () => {
  it("assertAdmin explains a non-admin token, naming the account", async () => {
    const client = await clientFor((req, res) =>
      req.url.includes("whoami")
        ? sendJson(res, 200, { user_id: "@mod:localhost", is_guest: false, device_id: "D" })
        : sendJson(res, 403, { errcode: "M_FORBIDDEN", error: "You are not a server admin" }),
    );
    const error = await createServerApi(client)
      .assertAdmin()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SynapseAdminAccessError);
    expect(error).toMatchObject({ code: "UNAVAILABLE" });
    expect((error as Error).message).toMatch(/@mod:localhost, who is not a server admin/);
  });

  it("detects capabilities: unrecognized routes are unavailable, a 404 about our dummy id is not", async () => {
    const client = await clientFor((req, res) => {
      if (req.url.includes("server_version")) return sendJson(res, 200, { server_version: "1.160.0" });
      if (req.url.includes("whoami")) return sendJson(res, 200, { user_id: "@admin:localhost" });
      if (req.url.includes("room_reports")) return sendJson(res, 404, unrecognized);
      if (req.url.includes("fetch_event") || req.url.includes("/media/localhost/"))
        return sendJson(res, 404, { errcode: "M_NOT_FOUND", error: "x" });
      sendJson(res, 200, {});
    });
    await expect(detectCapabilities(client)).resolves.toEqual({
      serverVersion: "1.160.0",
      endpoints: {
        userReports: true,
        roomReports: false,
        quarantineChanges: true,
        mediaInfo: true,
        fetchEvent: true,
        memberships: true,
      },
      features: { suspend: true, bypassQuarantine: true, redactTimeWindow: true },
    });
  });
});
