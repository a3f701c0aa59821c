import { describe, expect, it } from "vitest";

import { revealInvisibles, splitInvisibles } from "./invisible-characters";

describe("invisible characters in text from outside", () => {
  it("spells out direction overrides, so a reversed id cannot pass for another", () => {
    expect(revealInvisibles("@\u202Egro.elpmaxe:resu")).toBe("@⟨U+202E⟩gro.elpmaxe:resu");
    expect(splitInvisibles("@\u202Egro")).toEqual([
      { kind: "text", text: "@" },
      { kind: "invisible", code: "U+202E" },
      { kind: "text", text: "gro" },
    ]);
  });

  it("marks zero-width and isolate characters, and leaves ordinary text (including RTL scripts) alone", () => {
    expect(revealInvisibles("a\u200Bb\u2067c\uFEFF")).toBe("a⟨U+200B⟩b⟨U+2067⟩c⟨U+FEFF⟩");
    expect(splitInvisibles("@مستخدم:example.org\tok")).toEqual([
      { kind: "text", text: "@مستخدم:example.org\tok" },
    ]);
    expect(splitInvisibles("")).toEqual([]);
  });
});
