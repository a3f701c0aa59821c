/**
 * Inputs of the media routes. Everything here arrives from a browser or a script and is refused unless it has
 * exactly the expected shape: a strict mxc URI, a case id, small flags.
 */
import { z } from "zod";

import { ZCaseId, ZMxcUri } from "./mxc";

const ZQueryFlag = z
  .enum(["0", "1", "true", "false"])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === "1" || v === "true"));

export const ZPreviewQuery = z.object({ mxc: ZMxcUri, caseId: ZCaseId.optional(), greyscale: ZQueryFlag });
export type TPreviewQuery = z.infer<typeof ZPreviewQuery>;

/** A reveal names its case: the audit row must say why the reviewer looked. */
export const ZRevealBody = z.strictObject({
  mxc: ZMxcUri,
  caseId: ZCaseId,
  acknowledgeOverBudget: z.boolean().optional(),
  greyscale: z.boolean().optional(),
});
export type TRevealBody = z.infer<typeof ZRevealBody>;

export const ZOriginalQuery = z.object({ mxc: ZMxcUri, caseId: ZCaseId, acknowledgeOverBudget: ZQueryFlag });

export const ZInfoQuery = z.object({ mxc: ZMxcUri });

const MAX_WINDOW_MS = 366 * 24 * 3600 * 1000;

export const ZExposureTotalsQuery = z.object({
  since: z.iso
    .datetime({ offset: true })
    .optional()
    .transform((v) => (v ? new Date(v) : new Date(Date.now() - 7 * 24 * 3600 * 1000)))
    .refine((d) => Date.now() - d.getTime() <= MAX_WINDOW_MS, "at most a year back"),
});
