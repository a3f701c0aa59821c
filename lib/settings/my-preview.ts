/**
 * A reviewer's own preview preferences (`media.preview.reviewer.<id>`). They may only make previews safer for
 * themselves than the global settings: stronger blur, greyscale on, a smaller reveal budget. Harm rules stay floors
 * on top (resolvePreviewSettings), so a preference can never weaken a graphic-violence or child-safety preview.
 * An empty field means "use the team default".
 */
import { z } from "zod";

import type { MediaPreviewSettings, ReviewerPreviewSettings } from "@/lib/media/settings";

export const ZMyPreviewInput = z.strictObject({
  blurSigma: z.number().int().min(1).max(100).nullable().default(null),
  greyscale: z.boolean().nullable().default(null),
  dailyRevealBudget: z.number().int().min(0).max(10_000).nullable().default(null),
});
export type TMyPreviewInput = z.infer<typeof ZMyPreviewInput>;

export type FieldErrors = Partial<Record<keyof TMyPreviewInput, string[]>>;

/** Where a preference would be weaker than the team's settings; empty when it is allowed. */
export function weakerThanGlobal(input: TMyPreviewInput, global: MediaPreviewSettings): FieldErrors {
  const errors: FieldErrors = {};
  if (input.blurSigma !== null && input.blurSigma < global.blurSigma) {
    errors.blurSigma = [`Blur can be raised, not lowered: at least ${global.blurSigma}.`];
  }
  if (input.greyscale === false && global.greyscale) {
    errors.greyscale = ["Greyscale is on for everyone; it cannot be turned off here."];
  }
  if (input.dailyRevealBudget !== null && input.dailyRevealBudget > global.dailyRevealBudget) {
    errors.dailyRevealBudget = [
      `The budget can be lowered, not raised: at most ${global.dailyRevealBudget}.`,
    ];
  }
  return errors;
}

/** The stored shape: only the fields the reviewer set. */
export function toStored(input: TMyPreviewInput): ReviewerPreviewSettings {
  return {
    ...(input.blurSigma !== null ? { blurSigma: input.blurSigma } : {}),
    ...(input.greyscale !== null ? { greyscale: input.greyscale } : {}),
    ...(input.dailyRevealBudget !== null ? { dailyRevealBudget: input.dailyRevealBudget } : {}),
  };
}

/** For the form: the stored preferences, minus any that a later global change made weaker than allowed. */
export function currentPreferences(
  stored: ReviewerPreviewSettings,
  global: MediaPreviewSettings,
): TMyPreviewInput {
  const input: TMyPreviewInput = {
    blurSigma: stored.blurSigma ?? null,
    greyscale: stored.greyscale ?? null,
    dailyRevealBudget: stored.dailyRevealBudget ?? null,
  };
  const weak = weakerThanGlobal(input, global);
  return {
    blurSigma: weak.blurSigma ? null : input.blurSigma,
    greyscale: weak.greyscale ? null : input.greyscale,
    dailyRevealBudget: weak.dailyRevealBudget ? null : input.dailyRevealBudget,
  };
}
