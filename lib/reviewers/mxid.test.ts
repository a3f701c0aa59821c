import { describe, expect, it } from "vitest";

import { isMxid, normaliseUsername } from "./mxid";

describe("Matrix user ids", () => {
  it("completes and lowercases what reviewers type at sign-in", () => {
    expect(normaliseUsername("alice", "example.org")).toBe("@alice:example.org");
    expect(normaliseUsername("  Alice ", "example.org")).toBe("@alice:example.org");
    expect(normaliseUsername("@Alice:Other.org", "example.org")).toBe("@alice:Other.org");
    expect(normaliseUsername("@bob:localhost:8448", null)).toBe("@bob:localhost:8448");
  });

  it("refuses what is not a user id", () => {
    for (const bad of ["", "@", "@nocolon", "bad name", "al!ce", "@a b:c", `@${"x".repeat(300)}:e.org`, "@a:b:c:d", "!room:e.org"]) {
      expect(normaliseUsername(bad, "example.org"), bad).toBeNull();
    }
    expect(normaliseUsername("alice", null)).toBeNull();
    expect(isMxid("@alice:example.org")).toBe(true);
    expect(isMxid("@Alice:example.org")).toBe(false);
  });
});
