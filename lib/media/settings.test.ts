import { describe, expect, it } from "vitest";

import { HARM_PREFIX } from "@/lib/policies/catalog";

import { DEFAULT_MEDIA_SETTINGS, MAX_BLUR_SIGMA, parseGlobalSettings, parseReviewerSettings, resolvePreviewSettings } from "./settings";

const global = DEFAULT_MEDIA_SETTINGS;

describe("media preview settings", () => {
  it("has protective defaults when nothing is stored, or what is stored is invalid", () => {
    expect(parseGlobalSettings(undefined)).toEqual(global);
    expect(parseGlobalSettings({ blurSigma: -5 })).toEqual(global);
    expect(global).toMatchObject({ blurSigma: 20, greyscale: true, previewMaxEdge: 480, dailyRevealBudget: 40 });
    expect(parseReviewerSettings({ blurSigma: "lots" })).toEqual({});
    expect(parseGlobalSettings({ blurSigma: 30 }).harms.child_safety).toBeDefined();
  });

  it("applies a reviewer's preferences on a case without a harm", () => {
    const s = resolvePreviewSettings({ global, reviewer: { blurSigma: 8, greyscale: false, dailyRevealBudget: 10 }, childSafety: false });
    expect(s).toMatchObject({ blurSigma: 8, greyscale: false, dailyRevealBudget: 10, reveal: "allowed" });
    expect(resolvePreviewSettings({ global, childSafety: false, greyscale: false }).greyscale).toBe(false);
  });

  it("treats harm rules as floors a preference cannot lower", () => {
    const s = resolvePreviewSettings({
      global,
      reviewer: { blurSigma: 2, greyscale: false },
      harm: `${HARM_PREFIX}.violence.graphic`,
      childSafety: false,
      greyscale: false,
    });
    expect(s).toMatchObject({ blurSigma: MAX_BLUR_SIGMA, greyscale: true, reveal: "allowed" });
    const threats = resolvePreviewSettings({ global, reviewer: { blurSigma: 2 }, harm: `${HARM_PREFIX}.violence.threats`, childSafety: false });
    expect(threats.blurSigma).toBe(2);
  });

  it("needs the qualification to reveal child-safety media, even if the rules were edited to allow it", () => {
    expect(resolvePreviewSettings({ global, harm: `${HARM_PREFIX}.child_safety.csam`, childSafety: false })).toMatchObject({
      blurSigma: MAX_BLUR_SIGMA,
      greyscale: true,
      reveal: "qualified_only",
    });
    const loose = parseGlobalSettings({ harms: { child_safety: { reveal: "allowed" } } });
    expect(resolvePreviewSettings({ global: loose, childSafety: true }).reveal).toBe("qualified_only");
    const strict = parseGlobalSettings({ harms: { "child_safety.csam": { reveal: "disabled" } } });
    expect(resolvePreviewSettings({ global: strict, harm: `${HARM_PREFIX}.child_safety.csam`, childSafety: true }).reveal).toBe("disabled");
  });
});
