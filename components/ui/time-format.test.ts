import { describe, expect, it } from "vitest";

import { formatRelative, formatUtc } from "./time-format";

const now = Date.parse("2026-11-26T12:00:00Z");
const ago = (seconds: number) => now - seconds * 1000;

describe("relative times", () => {
  it("reads naturally at every scale", () => {
    expect(formatRelative(ago(10), now)).toBe("just now");
    expect(formatRelative(ago(10), now, false)).toBe("<1 min");
    expect(formatRelative(ago(5 * 60), now)).toBe("5 min ago");
    expect(formatRelative(ago(3 * 3600 + 50 * 60), now)).toBe("3 h ago");
    expect(formatRelative(ago(2 * 86_400), now, false)).toBe("2 d");
    expect(formatRelative(ago(90 * 86_400), now)).toBe("3 mo ago");
    expect(formatRelative(ago(800 * 86_400), now)).toBe("2 y ago");
    expect(formatRelative(now + 2 * 86_400 * 1000, now)).toBe("in 2 d");
  });

  it("formats absolute times in UTC, the same on every machine", () => {
    expect(formatUtc(new Date("2026-11-26T04:09:12.345Z"))).toBe("2026-11-26 04:09:12 UTC");
  });
});
