import { z } from "zod";

import { isMxid } from "./mxid";

export const ZReviewerRole = z.enum(["TRIAGE", "MODERATOR", "LEAD", "ADMIN"]);

export const ZMxid = z
  .string()
  .trim()
  .refine(isMxid, "must be a Matrix user id like @alice:example.org (lowercase localpart)");

export const ZAddReviewerInput = z.object({
  mxid: ZMxid,
  role: ZReviewerRole,
  /** Omitted: false for a new reviewer, unchanged for an existing one. */
  childSafety: z.boolean().optional(),
  displayName: z.string().trim().max(200).optional(),
});
export type TAddReviewerInput = z.input<typeof ZAddReviewerInput>;

export const ZCreateApiTokenInput = z.object({
  mxid: ZMxid,
  name: z.string().trim().min(1).max(100).default("script"),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
export type TCreateApiTokenInput = z.input<typeof ZCreateApiTokenInput>;
