import { describe, expect, it } from "vitest";

import { boundText, cleanJson, cleanText, reasonText, scoreValue } from "./sanitize";

describe("sanitize", () => {
  it("strips NUL and replaces lone surrogates, keeping valid pairs", () => {
    expect(cleanText("a\u0000b\uD800c\uDC00d\u{1F600}")).toBe("ab\uFFFDc\uFFFDd\u{1F600}");
  });
  it("bounds text on a code-point boundary", () => {
    const cut = boundText("ab\u{1F600}", 3);
    expect(cut).toBe("ab\uFFFD");
    expect(boundText("x".repeat(10_000)).length).toBe(4096);
  });
  it("cleans keys and values deeply and drops non-JSON values", () => {
    expect(cleanJson({ "k\u0000": ["\uDE00", Number.NaN, 1], f: () => 1 })).toEqual({
      k: ["\uFFFD", null, 1],
    });
  });
  it("turns non-string reasons into text and rejects non-integer scores", () => {
    expect(reasonText(42)).toBe("42");
    expect(reasonText({ nested: "object" })).toBe('{"nested":"object"}');
    expect(reasonText(null)).toBeNull();
    expect(scoreValue("-100")).toBeNull();
    expect(scoreValue(3.5)).toBeNull();
    expect(scoreValue(-100)).toBe(-100);
  });
});
