import { describe, expect, it } from "vitest";

import { slaState } from "./sla";

describe("slaState", () => {
  const now = Date.parse("2026-12-10T00:00:00Z");
  const hoursAgo = (h: number) => new Date(now - h * 3_600_000).toISOString();
  it("is ok up to a day, ageing up to three days, overdue after", () => {
    expect(slaState(hoursAgo(1), now)).toBe("ok");
    expect(slaState(hoursAgo(24), now)).toBe("ok");
    expect(slaState(hoursAgo(25), now)).toBe("ageing");
    expect(slaState(hoursAgo(72), now)).toBe("ageing");
    expect(slaState(hoursAgo(73), now)).toBe("overdue");
  });
});
