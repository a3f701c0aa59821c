import { describe, expect, it } from "vitest";

import { hash32, Prng } from "./prng";

describe("Prng", () => {
  it("is a pure function of its seed", () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const draws = (p: Prng) => Array.from({ length: 50 }, () => p.nextUint32());
    expect(draws(a)).toEqual(draws(b));
    expect(draws(new Prng(43))).not.toEqual(draws(new Prng(42)));
  });

  it("derives independent streams by label, unaffected by draws elsewhere", () => {
    const x = Prng.derive(7, "rooms");
    const first = x.nextUint32();
    const y = Prng.derive(7, "users");
    y.nextUint32();
    expect(Prng.derive(7, "rooms").nextUint32()).toBe(first);
    expect(Prng.derive(7, "users").nextUint32()).not.toBe(first);
  });

  it("stays within bounds and covers its range", () => {
    const p = new Prng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = p.range(3, 7);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(7);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
    expect(p.sample([1, 2, 3, 4], 10).sort()).toEqual([1, 2, 3, 4]);
    expect(() => p.pick([])).toThrow();
  });

  it("hash32 is stable and spreads neighbouring inputs", () => {
    expect(hash32(1, 2, 3)).toBe(hash32(1, 2, 3));
    const values = new Set(Array.from({ length: 1000 }, (_, i) => hash32(9, i) % 1000));
    expect(values.size).toBeGreaterThan(550); // close to the ~632 expected of a uniform hash
  });
});
