import { describe, expect, it } from "vitest";

import { boundedJson, boundText } from "./bound";
import { messageView } from "./event-content";
import { policyServerVerdict } from "./signal-raw";

describe("messageView", () => {
  it("reads a normal message", () => {
    const view = messageView({ msgtype: "m.text", body: "hi", format: "org.matrix.custom.html", formatted_body: "<b>hi</b>" });
    expect(view).toMatchObject({ msgtype: "m.text", body: { text: "hi", truncated: false }, formattedBody: "<b>hi</b>" });
  });

  it("reports malformed bodies instead of trusting their type", () => {
    expect(messageView({ msgtype: 42, body: 12345 })).toMatchObject({ msgtype: null, body: null, bodyIssue: "body is number, not text" });
    expect(messageView({ body: ["a"], formatted_body: { nested: 1 }, format: "org.matrix.custom.html" })).toMatchObject({
      bodyIssue: "body is array, not text",
      formattedBody: null,
    });
    expect(messageView(null).bodyIssue).toBe("content is null");
  });

  it("bounds long bodies and reads the intake's truncation stub", () => {
    expect(messageView({ body: "x".repeat(20_000) }).body).toMatchObject({ truncated: true, totalLength: 20_000 });
    expect(messageView({ truncated: true, preview: "start…" })).toMatchObject({ intakeTruncated: true, body: { text: "start…" } });
  });
});

describe("bounds", () => {
  it("never splits a surrogate pair and describes what it cut", () => {
    expect(boundText("ab\u{1F600}", 3)).toEqual({ text: "ab", truncated: true, totalLength: 4 });
    expect(boundedJson({ a: "x".repeat(100) }, 10).truncated).toBe(true);
  });
});

describe("policyServerVerdict", () => {
  it("reads policyserv filters and harms, and the soft-fail flag", () => {
    expect(
      policyServerVerdict({ parsed: { filterResponses: { KeywordFilter: ["spam", "org.matrix.msc4456.spam"] }, harmIds: ["org.matrix.msc4456.spam"], hellban: true } }),
    ).toEqual({ filters: [{ name: "KeywordFilter", responses: ["spam", "org.matrix.msc4456.spam"] }], harmIds: ["org.matrix.msc4456.spam"], hellban: true, softFailSpammy: false });
    expect(policyServerVerdict({ unsigned: { "io.element.synapse.policy_server_spammy": true } })?.softFailSpammy).toBe(true);
    expect(policyServerVerdict({ reason: "user report" })).toBeNull();
    expect(policyServerVerdict("text")).toBeNull();
  });
});
