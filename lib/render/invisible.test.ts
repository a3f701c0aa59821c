import { describe, expect, it } from "vitest";

import { countInvisibles, segmentText } from "./invisible";

describe("segmentText", () => {
  it("makes a right-to-left override visible as its own segment", () => {
    expect(segmentText("invoice\u202Egpj.exe")).toEqual([
      { kind: "text", text: "invoice" },
      { kind: "invisible", code: "U+202E", name: "RIGHT-TO-LEFT OVERRIDE", bidi: true },
      { kind: "text", text: "gpj.exe" },
    ]);
  });

  it("shows zero-width characters, fillers and tag characters, and keeps newlines and tabs as layout", () => {
    const segments = segmentText("a\u200Bd\u200Dm\u3164i\u{E0041}n\n\tok");
    expect(segments.filter((s) => s.kind === "invisible").map((s) => (s.kind === "invisible" ? s.code : ""))).toEqual([
      "U+200B",
      "U+200D",
      "U+3164",
      "U+E0041",
    ]);
    expect(segments.at(-1)).toEqual({ kind: "text", text: "n\n\tok" });
  });

  it("is lossless for ordinary text and counts bidi controls apart", () => {
    expect(segmentText("plain text")).toEqual([{ kind: "text", text: "plain text" }]);
    expect(countInvisibles("\u202Ea\u200Bb\u2066")).toEqual({ total: 3, bidi: 2 });
  });
});
