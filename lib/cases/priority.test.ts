import { describe, expect, it } from "vitest";

import { computePriority, type PriorityInput } from "./priority";

const base: PriorityInput = {
  severity: 2,
  childSafety: false,
  distinctReporters: 1,
  reporterHistory: [],
  ageHours: 0,
};

describe("computePriority", () => {
  it("ranks severity above any number of reporters", () => {
    const crowdSpam = computePriority({ ...base, severity: 2, distinctReporters: 500 });
    const oneSevere = computePriority({ ...base, severity: 4, distinctReporters: 1 });
    expect(oneSevere).toBeGreaterThan(crowdSpam);
  });
  it("puts child safety first", () => {
    expect(computePriority({ ...base, severity: 5, childSafety: true })).toBeGreaterThan(
      computePriority({ ...base, severity: 5, distinctReporters: 50 }),
    );
  });
  it("grows with distinct reporters, with diminishing returns", () => {
    const p = (n: number) => computePriority({ ...base, distinctReporters: n });
    expect(p(2)).toBeGreaterThan(p(1));
    expect(p(2) - p(1)).toBeGreaterThan(p(20) - p(19));
  });
  it("trusts reporters whose reports were actioned, discounts those mostly dismissed", () => {
    const good = computePriority({ ...base, reporterHistory: [{ actioned: 10, dismissed: 0 }] });
    const bad = computePriority({ ...base, reporterHistory: [{ actioned: 0, dismissed: 10 }] });
    const none = computePriority(base);
    expect(good).toBeGreaterThan(none);
    expect(bad).toBeLessThan(none);
  });
  it("lifts old cases, up to a cap", () => {
    expect(computePriority({ ...base, ageHours: 48 })).toBeGreaterThan(computePriority(base));
    expect(computePriority({ ...base, ageHours: 10_000 })).toBe(
      computePriority({ ...base, ageHours: 100_000 }),
    );
  });
  it("treats unknown severity as low but not lowest, and ignores nonsense inputs", () => {
    expect(computePriority({ ...base, severity: 0 })).toBeGreaterThan(
      computePriority({ ...base, severity: 1 }),
    );
    expect(Number.isInteger(computePriority({ ...base, ageHours: -5, distinctReporters: -1 }))).toBe(true);
  });
});
