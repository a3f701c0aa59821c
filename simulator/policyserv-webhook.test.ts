import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import { describe, expect, it } from "vitest";

import {
  goHtmlEscape,
  policyservAuditHtml,
  policyservBody,
  rfc1123z,
  sendPolicyservWebhook,
  type PolicyservEvent,
} from "./policyserv-webhook";

const EVENT: PolicyservEvent = {
  eventId: "$abc",
  roomId: "!room:hs.example",
  sender: "@spam<er>:evil.example",
  type: "m.room.message",
  originServerTs: Date.UTC(2026, 0, 2, 3, 4, 5),
  content: { msgtype: "m.text", body: "<script>alert('x')</script> é" },
  filterResponses: {
    LinkFilter: ["Prohibited", "org.matrix.msc4456.spam.fraud"],
    DensityFilter: ["Neutral"],
  },
};

describe("policyserv webhook format", () => {
  it("escapes like Go's html.EscapeString and formats times like time.RFC1123Z", () => {
    expect(goHtmlEscape(`<a href="x">'&'</a>`)).toBe("&lt;a href=&#34;x&#34;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(rfc1123z(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)))).toBe("Fri, 02 Jan 2026 03:04:05 +0000");
  });

  it("builds policyserv's audit HTML: sender, room link, event, filter verdicts (sorted) and content with its byte count", () => {
    const html = policyservAuditHtml(EVENT, new Date(Date.UTC(2026, 0, 2, 3, 5, 0)));
    expect(
      html.startsWith(
        "A user has had an event of theirs flagged as spam by policyserv:<br/><b>User ID:</b> <code>@spam&lt;er&gt;:evil.example</code><br/>",
      ),
    ).toBe(true);
    expect(html).toContain(
      '<b>Room ID:</b> <code>!room:hs.example</code> (<a href="https://matrix.to/#/!room:hs.example">!room:hs.example</a>)<br/>',
    );
    expect(html).toContain(
      "<b>Event ID:</b> <code>$abc</code><br/><i>The event ID may not exist if the origin server rejected it due to spam.</i><br/>",
    );
    expect(html).toContain(
      "<b>Event timestamp:</b> Fri, 02 Jan 2026 03:04:05 +0000<br/><b>Recorded time:</b> Fri, 02 Jan 2026 03:05:00 +0000<br/>",
    );
    expect(html).toContain(
      "<pre><code>{\n  &#34;DensityFilter&#34;: [\n    &#34;Neutral&#34;\n  ],\n  &#34;LinkFilter&#34;: [",
    );
    const content = JSON.stringify(EVENT.content, null, 2);
    expect(html).toContain(
      `<summary>Event content (${Buffer.byteLength(content)} bytes; click to expand)</summary><pre><code>${goHtmlEscape(content)}</code></pre></details>`,
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("hellban");
  });

  it("wraps hellbans in an extra <details>", () => {
    const html = policyservAuditHtml(
      { ...EVENT, filterResponses: { HellbanPrefilter: ["Prohibited", "org.matrix.msc4456.spam"] } },
      new Date(0),
    );
    expect(html).toContain(
      "<b>This was a hellban. More details are below.</b><br/><details><summary>Event info (click to expand)</summary>",
    );
    expect(html.endsWith("</details></details>")).toBe(true);
  });

  it("POSTs {html, text} JSON with policyserv's headers", async () => {
    const received: { body: string; headers: Record<string, string | string[] | undefined> }[] = [];
    const server = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        received.push({ body, headers: req.headers });
        res.end("ok");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const status = await sendPolicyservWebhook(`http://127.0.0.1:${port}/hook`, EVENT, {
        recordedAt: new Date(0),
      });
      expect(status).toBe(200);
      expect(received[0]?.headers["content-type"]).toBe("application/json");
      expect(received[0]?.headers["user-agent"]).toBe("policyserv");
      expect(received[0]?.body).toBe(
        policyservBody({ text: "This event requires HTML.", html: policyservAuditHtml(EVENT, new Date(0)) }),
      );
      const parsed = JSON.parse(received[0]?.body ?? "") as { html: unknown; text: unknown };
      expect(Object.keys(parsed)).toEqual(["html", "text"]);
      expect(parsed.text).toBe("This event requires HTML.");
      expect(received[0]?.body.endsWith("}\n")).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
