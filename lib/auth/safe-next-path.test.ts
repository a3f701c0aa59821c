import { describe, expect, it } from "vitest";

import { safeNextPath } from "./safe-next-path";

describe("the post-sign-in redirect", () => {
  it("keeps paths on this console", () => {
    expect(safeNextPath("/cases/abc?tab=context")).toBe("/cases/abc?tab=context");
    expect(safeNextPath("/stats")).toBe("/stats");
  });

  it("never leaves the console or loops back to login", () => {
    for (const next of [undefined, null, "", "https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/login?next=/x", "/api/v1/me"]) {
      expect(safeNextPath(next)).toBe("/queue");
    }
  });
});
