/**
 * Media preview settings: how strongly previews are blurred, greyscale by default, stricter rules per harm, and the
 * daily reveal budget. Stored as JSON in `Setting` rows (`media.preview` for everyone, `media.preview.reviewer.<id>`
 * for one reviewer's preferences) and validated here; an absent or invalid row means the defaults, which are the
 * protective choice, so a bad edit can only make previews safer than intended, never rawer.
 *
 * Harm rules are floors, not defaults: a reviewer who prefers light blur still gets the harm's blur and greyscale on
 * a graphic-violence case. Child-safety cases always need the qualification to reveal, whatever the rules say.
 */
import { z } from "zod";

import { HARM_PREFIX } from "@/lib/policies/catalog";

export const GLOBAL_SETTINGS_KEY = "media.preview";
export const reviewerSettingsKey = (reviewerId: string) => `media.preview.reviewer.${reviewerId}`;

const ZSigma = z.number().min(1).max(100);
export const ZRevealRule = z.enum(["allowed", "qualified_only", "disabled"]);
export type RevealRule = z.infer<typeof ZRevealRule>;

export const ZHarmRule = z.object({
  /** Minimum blur for this harm. */
  blurSigma: ZSigma.optional(),
  /** When true, greyscale cannot be turned off for this harm. */
  greyscale: z.boolean().optional(),
  reveal: ZRevealRule.optional(),
});

export const MAX_BLUR_SIGMA = 60;

export const DEFAULT_HARM_RULES: Record<string, z.infer<typeof ZHarmRule>> = {
  child_safety: { blurSigma: MAX_BLUR_SIGMA, greyscale: true, reveal: "qualified_only" },
  "violence.graphic": { blurSigma: MAX_BLUR_SIGMA, greyscale: true },
  "violence.extremist": { blurSigma: MAX_BLUR_SIGMA, greyscale: true },
  "adult.sexual_abuse": { blurSigma: MAX_BLUR_SIGMA, greyscale: true },
  "danger.self_harm": { blurSigma: MAX_BLUR_SIGMA, greyscale: true },
};

export const ZMediaPreviewSettings = z.object({
  blurSigma: ZSigma.default(20),
  greyscale: z.boolean().default(true),
  previewMaxEdge: z.number().int().min(64).max(1024).default(480),
  revealMaxEdge: z.number().int().min(256).max(2048).default(1280),
  /** Reveals and original downloads per reviewer per UTC day before the break prompt. */
  dailyRevealBudget: z.number().int().min(0).max(10_000).default(40),
  /** Keys are harm ids without the MSC4456 prefix: a category (`violence`) or a harm (`violence.graphic`). */
  harms: z.record(z.string().regex(/^[a-z_]+(\.[a-z_]+)?$/), ZHarmRule).default(DEFAULT_HARM_RULES),
});
export type MediaPreviewSettings = z.infer<typeof ZMediaPreviewSettings>;

export const ZReviewerPreviewSettings = z.object({
  blurSigma: ZSigma.optional(),
  greyscale: z.boolean().optional(),
  dailyRevealBudget: z.number().int().min(0).max(10_000).optional(),
});
export type ReviewerPreviewSettings = z.infer<typeof ZReviewerPreviewSettings>;

export const DEFAULT_MEDIA_SETTINGS: MediaPreviewSettings = ZMediaPreviewSettings.parse({});

export interface EffectivePreviewSettings {
  blurSigma: number;
  greyscale: boolean;
  previewMaxEdge: number;
  revealMaxEdge: number;
  dailyRevealBudget: number;
  reveal: RevealRule;
}

export function resolvePreviewSettings(input: {
  global: MediaPreviewSettings;
  reviewer?: ReviewerPreviewSettings;
  /** The case's policy id (e.g. `org.matrix.msc4456.violence.graphic`), when known. */
  harm?: string | null;
  childSafety: boolean;
  /** The reviewer's choice for this request (`?greyscale=`). */
  greyscale?: boolean;
}): EffectivePreviewSettings {
  const { global, reviewer = {} } = input;
  const rule = harmRule(global.harms, input.harm, input.childSafety);
  const reveal: RevealRule = input.childSafety && rule.reveal !== "disabled" ? "qualified_only" : (rule.reveal ?? "allowed");
  return {
    blurSigma: Math.max(reviewer.blurSigma ?? global.blurSigma, rule.blurSigma ?? 0),
    greyscale: rule.greyscale === true || (input.greyscale ?? reviewer.greyscale ?? global.greyscale),
    previewMaxEdge: global.previewMaxEdge,
    revealMaxEdge: global.revealMaxEdge,
    dailyRevealBudget: reviewer.dailyRevealBudget ?? global.dailyRevealBudget,
    reveal,
  };
}

// The category's rule, refined by the specific harm's; a child-safety case gets the child_safety rule too.
function harmRule(harms: MediaPreviewSettings["harms"], harm: string | null | undefined, childSafety: boolean) {
  const short = harm?.startsWith(`${HARM_PREFIX}.`) ? harm.slice(HARM_PREFIX.length + 1) : undefined;
  const keys = [short?.split(".")[0], short, childSafety ? "child_safety" : undefined];
  const rules = keys.flatMap((k) => (k && harms[k] ? [harms[k]] : []));
  return {
    blurSigma: Math.max(0, ...rules.map((r) => r.blurSigma ?? 0)) || undefined,
    greyscale: rules.some((r) => r.greyscale === true) || undefined,
    reveal: strictest(rules.map((r) => r.reveal)),
  };
}

function strictest(rules: (RevealRule | undefined)[]): RevealRule | undefined {
  if (rules.includes("disabled")) return "disabled";
  if (rules.includes("qualified_only")) return "qualified_only";
  return rules.includes("allowed") ? "allowed" : undefined;
}

/** Parses a stored value; anything invalid falls back to the (protective) defaults. */
export function parseGlobalSettings(value: unknown): MediaPreviewSettings {
  const parsed = ZMediaPreviewSettings.safeParse(value ?? {});
  return parsed.success ? parsed.data : DEFAULT_MEDIA_SETTINGS;
}

export function parseReviewerSettings(value: unknown): ReviewerPreviewSettings {
  const parsed = ZReviewerPreviewSettings.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}
