import { inspect } from "node:util";

import { afterEach, describe, expect, it } from "vitest";

import { SynapseClient } from "./client";
import { synapsePath } from "./path";
import { ZEmpty } from "./schemas";
import { createServerApi } from "./server";
import { sendJson, startFakeServer, type FakeServer } from "./testing/fake-server";

const TOKEN = "syt_bW9kZXJhdG9y_TopSecretAdminToken_42";
let server: FakeServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Every way a thrown object or a log line could carry the token into a log aggregator or an HTTP response. */
function expectNoToken(value: unknown): void {
  for (const rendering of [
    String(value),
    JSON.stringify(value) ?? "",
    inspect(value, { depth: 10, showHidden: true }),
  ]) {
    expect(rendering).not.toContain(TOKEN);
    expect(rendering).not.toContain("TopSecretAdminToken");
  }
  if (value instanceof Error) {
    expect(value.message).not.toContain(TOKEN);
    expect(value.stack ?? "").not.toContain(TOKEN);
  }
}

describe("the access token never leaks", () => {
  it("is scrubbed from error bodies that echo it (Matrix JSON, HTML, retried 5xx) and from log lines", async () => {
    const logs: unknown[] = [];
    let calls = 0;
    server = await startFakeServer((req, res) => {
      calls++;
      const echoed = req.headers.authorization ?? "";
      if (calls === 1)
        return sendJson(res, 500, { errcode: "M_UNKNOWN", error: `bad header ${echoed}`, seen: echoed });
      res.writeHead(502, { "content-type": "text/html" });
      res.end(`<pre>upstream rejected ${echoed} ?access_token=${encodeURIComponent(TOKEN)}</pre>`);
    });
    const client = new SynapseClient({
      baseUrl: server.url,
      accessToken: TOKEN,
      maxRetries: 1,
      retryBaseDelayMs: 1,
      logger: {
        warn: (message, fields) => logs.push([message, fields]),
        debug: (message, fields) => logs.push([message, fields]),
      },
    });
    const error = await client
      .request({ method: "GET", path: synapsePath`/_synapse/admin/v1/echo`, outputSchema: ZEmpty })
      .catch((e: unknown) => e);
    expect(calls).toBe(2);
    expect((error as Error).message).toContain("[redacted]");
    expectNoToken(error);
    expect(logs.length).toBeGreaterThan(0);
    expectNoToken(logs);
  });

  it("is not an enumerable, inspectable or serialisable property of the client", () => {
    const client = new SynapseClient({ baseUrl: "http://127.0.0.1:1", accessToken: TOKEN });
    expectNoToken(client);
    expectNoToken(Object.values(client));
    expectNoToken(client.withAccessToken(TOKEN));
  });

  it("stays out of network errors and of the admin check's message", async () => {
    const dead = await startFakeServer(() => undefined);
    await dead.close();
    const client = new SynapseClient({ baseUrl: dead.url, accessToken: TOKEN, maxRetries: 0 });
    expectNoToken(
      await client
        .request({ method: "GET", path: synapsePath`/x`, outputSchema: ZEmpty })
        .catch((e: unknown) => e),
    );

    server = await startFakeServer((req, res) =>
      sendJson(res, 401, {
        errcode: "M_UNKNOWN_TOKEN",
        error: `Unrecognised access token ${req.headers.authorization ?? ""}`,
        soft_logout: false,
      }),
    );
    const error = await createServerApi(new SynapseClient({ baseUrl: server.url, accessToken: TOKEN }))
      .assertAdmin()
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/rejected the console's access token \(M_UNKNOWN_TOKEN\)/);
    expectNoToken(error);
  });
});
