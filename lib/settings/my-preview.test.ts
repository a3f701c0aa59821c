import { describe, expect, it } from "vitest";

import { ZMediaPreviewSettings } from "@/lib/media/settings";

import { currentPreferences, toStored, weakerThanGlobal, ZMyPreviewInput } from "./my-preview";

const global = ZMediaPreviewSettings.parse({ blurSigma: 20, greyscale: true, dailyRevealBudget: 40 });
const input = (p: object) => ZMyPreviewInput.parse(p);

describe("personal preview preferences", () => {
  it("allows only stronger blur, greyscale on and a smaller budget", () => {
    expect(
      weakerThanGlobal(input({ blurSigma: 30, greyscale: true, dailyRevealBudget: 10 }), global),
    ).toEqual({});
    expect(weakerThanGlobal(input({}), global)).toEqual({});
    expect(
      Object.keys(
        weakerThanGlobal(input({ blurSigma: 19, greyscale: false, dailyRevealBudget: 41 }), global),
      ).sort(),
    ).toEqual(["blurSigma", "dailyRevealBudget", "greyscale"]);
    const colour = ZMediaPreviewSettings.parse({ greyscale: false });
    expect(weakerThanGlobal(input({ greyscale: false }), colour)).toEqual({});
  });

  it("stores only what was set, and drops preferences a later global change made too weak", () => {
    expect(toStored(input({ blurSigma: 30 }))).toEqual({ blurSigma: 30 });
    expect(currentPreferences({ blurSigma: 10, greyscale: true, dailyRevealBudget: 50 }, global)).toEqual({
      blurSigma: null,
      greyscale: true,
      dailyRevealBudget: null,
    });
  });

  it("refuses unknown fields and out-of-range values", () => {
    expect(ZMyPreviewInput.safeParse({ blurSigma: 500 }).success).toBe(false);
    expect(ZMyPreviewInput.safeParse({ revealAllowed: true }).success).toBe(false);
  });
});
