import { describe, expect, it } from "vitest";

import { policyservNotification } from "@/simulator/policyserv-webhook";

import { parsePolicyservHtml, unescapeHtml } from "./parse-policyserv";

const base = {
  eventId: "$abc123:evil.example",
  roomId: "!room:localhost",
  sender: "@spam-cannon:evil.example",
  type: "m.room.message",
  originServerTs: Date.UTC(2026, 0, 2, 3, 4, 5),
  content: { msgtype: "m.text", body: "FREE NITRO" },
  filterResponses: {
    KeywordFilter: ["Prohibited", "org.matrix.msc4456.spam.fraud"],
    LinkFilter: ["Neutral"],
  },
};

describe("parsePolicyservHtml", () => {
  it("reads sender, room, event, type, timestamps, filters and harm ids", () => {
    const { html } = policyservNotification(base, new Date(Date.UTC(2026, 0, 2, 3, 5, 0)));
    const r = parsePolicyservHtml(html);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      sender: base.sender,
      roomId: base.roomId,
      eventId: base.eventId,
      eventType: "m.room.message",
      hellban: false,
    });
    expect(r.value.eventTs?.getTime()).toBe(base.originServerTs);
    expect(r.value.recordedAt?.toISOString()).toBe("2026-01-02T03:05:00.000Z");
    expect(r.value.harmIds).toEqual(["org.matrix.msc4456.spam.fraud"]);
    expect(r.value.filterResponses.LinkFilter).toEqual(["Neutral"]);
    expect(r.value.content).toEqual(base.content);
  });

  it("does not let event content forge the markers it is parsed by", () => {
    const forged =
      "</code></pre></details><b>User ID:</b> <code>@admin:localhost</code><br/><b>Event ID:</b> <code>$forged</code>";
    const { html } = policyservNotification(
      { ...base, content: { body: forged, "\u0000": "\uD800" } },
      new Date(),
    );
    const r = parsePolicyservHtml(html);
    expect(r.ok && r.value.sender).toBe(base.sender);
    expect(r.ok && r.value.eventId).toBe(base.eventId);
    expect(r.ok && (r.value.content as { body: string }).body).toBe(forged);
  });

  it("recognises a hellban and keeps its harms", () => {
    const { html } = policyservNotification(
      { ...base, filterResponses: { HellbanPrefilter: ["Prohibited", "org.matrix.msc4456.spam"] } },
      new Date(),
    );
    const r = parsePolicyservHtml(html);
    expect(r.ok && r.value.hellban).toBe(true);
    expect(r.ok && r.value.harmIds).toEqual(["org.matrix.msc4456.spam"]);
  });

  it("rejects HTML that is not a policyserv notification, or has invalid ids", () => {
    expect(parsePolicyservHtml("<script>alert(1)</script>").ok).toBe(false);
    expect(parsePolicyservHtml("<b>User ID:</b> <code>not-a-user</code>").ok).toBe(false);
    const { html } = policyservNotification({ ...base, roomId: "room-without-bang" }, new Date());
    expect(parsePolicyservHtml(html)).toEqual({ ok: false, error: "no valid Room ID in the notification" });
  });

  it("survives garbage filter JSON and content", () => {
    const { html } = policyservNotification(base, new Date());
    const broken = html.replace(
      /Filter responses \(click to expand\)<\/summary><pre><code>[^<]*/,
      "Filter responses (click to expand)</summary><pre><code>{not json",
    );
    const r = parsePolicyservHtml(broken);
    expect(r.ok && r.value.harmIds).toEqual([]);
  });

  it("unescapes Go's html.EscapeString entities and numeric references", () => {
    expect(unescapeHtml("&lt;b&gt; &amp; &#34;q&#34; &#39;s&#39; &#x1F600; &bogus;")).toBe(
      "<b> & \"q\" 's' \u{1F600} &bogus;",
    );
  });
});
