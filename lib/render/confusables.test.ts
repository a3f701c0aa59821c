import { describe, expect, it } from "vitest";

import { findConfusables } from "./confusables";

describe("findConfusables", () => {
  it("flags Latin mixed with Cyrillic or Greek in one token", () => {
    const [finding] = findConfusables("\u0410dmin (server staff)");
    expect(finding).toMatchObject({ token: "\u0410dmin", reason: "mixed_scripts", readsAs: "Admin" });
    expect(finding?.suspicious).toEqual([{ char: "\u0410", code: "U+0410", script: "Cyrillic" }]);
    expect(findConfusables("m\u0430trix.org")[0]?.readsAs).toBe("matrix");
    expect(findConfusables("p\u03b1ypal")[0]?.scripts).toEqual(["Latin", "Greek"]);
  });

  it("flags a token made only of look-alike letters", () => {
    expect(findConfusables("\u0430\u0440\u0440\u04cf\u0435")[0]).toMatchObject({ reason: "lookalike_only", readsAs: "apple" });
  });

  it("leaves ordinary Latin, Russian and Greek names alone", () => {
    expect(findConfusables("Alice Moderator")).toEqual([]);
    expect(findConfusables("Борис Петров")).toEqual([]);
    expect(findConfusables("Σωκράτης")).toEqual([]);
  });
});
