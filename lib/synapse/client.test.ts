import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";

import { SynapseClient, type SynapseClientConfig } from "./client";
import { SynapseApiError, SynapseNetworkError, SynapseProtocolError, SynapseTimeoutError } from "./errors";
import { synapsePath } from "./path";
import { ZEmpty } from "./schemas";
import { sendJson, startFakeServer, type FakeHandler, type FakeServer } from "./testing/fake-server";

const TOKEN = "syt_YWRtaW4_SeCrEtToKeN_0123456789";
let server: FakeServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(handler: FakeHandler, config: Partial<SynapseClientConfig> = {}) {
  server = await startFakeServer(handler);
  return new SynapseClient({
    baseUrl: server.url,
    accessToken: TOKEN,
    retryBaseDelayMs: 5,
    maxRetries: 2,
    ...config,
  });
}

const ping = synapsePath`/_synapse/admin/v1/ping`;

describe("SynapseClient errors", () => {
  it("keeps Matrix's errcode, error and extra fields", async () => {
    const client = await clientFor((_req, res) =>
      sendJson(res, 401, {
        errcode: "M_UNKNOWN_TOKEN",
        error: "Unrecognised access token",
        soft_logout: false,
      }),
    );
    const error = await client
      .request({ method: "GET", path: ping, outputSchema: ZEmpty })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SynapseApiError);
    expect(error).toMatchObject({
      status: 401,
      errcode: "M_UNKNOWN_TOKEN",
      error: "Unrecognised access token",
      method: "GET",
      path: "/_synapse/admin/v1/ping",
      body: { soft_logout: false },
    });
  });

  it("copes with a non-JSON error body (a proxy's HTML page)", async () => {
    const client = await clientFor((_req, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end("<html><body><h1>502 Bad Gateway</h1></body></html>");
    });
    const error = await client
      .request({ method: "GET", path: ping, outputSchema: ZEmpty, idempotent: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SynapseApiError);
    expect(error).toMatchObject({ status: 502, errcode: undefined });
    expect((error as SynapseApiError).error).toMatch(/non-Matrix body \(text\/html\).*502 Bad Gateway/);
  });

  it("reports an invalid success body with the path and zod's summary, not the body", async () => {
    const client = await clientFor((_req, res) =>
      sendJson(res, 200, { event_reports: "private-content-xyz", total: 1 }),
    );
    const schema = z.object({ event_reports: z.array(z.unknown()), total: z.number() });
    const error = await client
      .request({ method: "GET", path: ping, outputSchema: schema })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SynapseProtocolError);
    const message = (error as Error).message;
    expect(message).toContain("/_synapse/admin/v1/ping");
    expect(message).toContain("event_reports: Invalid input: expected array, received string");
    expect(message).not.toContain("private-content-xyz");
  });

  it("treats a 200 that is not JSON as a protocol error", async () => {
    const client = await clientFor((_req, res) => res.end("ok"));
    await expect(client.request({ method: "GET", path: ping, outputSchema: ZEmpty })).rejects.toBeInstanceOf(
      SynapseProtocolError,
    );
  });

  it("times out with SynapseTimeoutError", async () => {
    const client = await clientFor(() => undefined /* never answers */, { timeoutMs: 150, maxRetries: 0 });
    const started = Date.now();
    const error = await client
      .request({ method: "GET", path: ping, outputSchema: ZEmpty })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SynapseTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 150, path: "/_synapse/admin/v1/ping" });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("maps a refused connection to SynapseNetworkError", async () => {
    const dead = await startFakeServer(() => undefined);
    await dead.close();
    const client = new SynapseClient({ baseUrl: dead.url, accessToken: TOKEN, maxRetries: 0 });
    const error = await client
      .request({ method: "GET", path: ping, outputSchema: ZEmpty })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SynapseNetworkError);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
  });

  it("does not follow redirects (the token must not travel to another host)", async () => {
    const elsewhere = await startFakeServer((_req, res) => sendJson(res, 200, {}));
    try {
      const client = await clientFor((_req, res) => {
        res.writeHead(302, { location: `${elsewhere.url}/steal` });
        res.end();
      });
      await expect(
        client.request({ method: "GET", path: ping, outputSchema: ZEmpty, idempotent: false }),
      ).rejects.toBeInstanceOf(SynapseNetworkError);
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });
});

describe("SynapseClient request encoding", () => {
  it("percent-encodes every Matrix id in the path and sends the query and JSON body", async () => {
    const client = await clientFor((_req, res) => sendJson(res, 200, {}));
    await client.request({
      method: "PUT",
      path: synapsePath`/_synapse/admin/v1/rooms/${"!room:example.org"}/context/${"$ev/../x?y#z"}/${"@bob:example.org"}/${"#alias:example.org"}`,
      query: { dir: "b", limit: 5, flag: true, absent: undefined },
      body: { block: true },
      outputSchema: ZEmpty,
    });
    const req = server!.requests[0]!;
    expect(req.url).toBe(
      "/_synapse/admin/v1/rooms/%21room%3Aexample.org/context/%24ev%2F..%2Fx%3Fy%23z/%40bob%3Aexample.org/%23alias%3Aexample.org?dir=b&limit=5&flag=true",
    );
    expect(req.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(req.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(req.body)).toEqual({ block: true });
  });

  it("refuses an empty id instead of silently hitting another route", () => {
    expect(() => synapsePath`/_synapse/admin/v2/users/${""}`).toThrow(/Empty path segment/);
  });

  it("omits the token on unauthenticated routes", async () => {
    const client = await clientFor((_req, res) => sendJson(res, 200, {}));
    await client.request({ method: "GET", path: ping, auth: false, outputSchema: ZEmpty });
    expect(server!.requests[0]!.headers.authorization).toBeUndefined();
  });
});
