/**
 * Input of decideCase(). Bounds are there because the statement of reasons travels to the user in a server notice
 * and into transparency exports, and because a decision form is reachable by scripts through API tokens.
 */
import { z } from "zod";

import { ZEnforcementActionInput } from "@/lib/enforcement/action-schemas";

import { OPEN_STATUSES } from "./schemas";

export const MAX_ACTIONS_PER_DECISION = 50;

export const ZDecideCaseInput = z
  .object({
    caseId: z.string().trim().min(1).max(64),
    /**
     * Optimistic concurrency: the status the reviewer saw. The decision only lands if the case is still in it (and
     * still open); otherwise someone else acted first and the reviewer must reload.
     */
    expectedStatus: z.enum(OPEN_STATUSES).optional(),
    /** Stricter still: the case row's `updatedAt` the reviewer saw (new reports bump it). */
    expectedUpdatedAt: z.iso.datetime({ offset: true }).optional(),
    outcome: z.enum(["NO_VIOLATION", "VIOLATION"]),
    /** The MSC4456 harm id; required for a violation, must be an active policy. */
    policyId: z.string().trim().min(1).max(200).optional(),
    actions: z.array(ZEnforcementActionInput).max(MAX_ACTIONS_PER_DECISION).default([]),
    /** Shown to the affected user (DSA Art. 17): the facts, the rule, whether automated, how to appeal. */
    statementOfReasons: z.string().trim().min(20, "write at least a sentence for the user").max(5000),
    /** Never shown to users. */
    internalNote: z.string().trim().max(5000).optional(),
    notifyUser: z.boolean().default(true),
    /**
     * Thank the case's local reporters with a fixed, policy-safe server notice (lib/cases/reporter-feedback.ts).
     * Optional rather than defaulted so existing callers and their types are untouched; absent means off.
     */
    notifyReporters: z.boolean().optional(),
    batchId: z.string().trim().min(1).max(64).optional(),
    /** Idempotency key of the request: a retry with the same key returns the first decision instead of a second. */
    requestId: z.string().trim().min(8).max(100).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.outcome === "VIOLATION" && !input.policyId) {
      ctx.addIssue({ code: "custom", path: ["policyId"], message: "a violation must cite a policy" });
    }
  });

export type TDecideCaseInput = z.input<typeof ZDecideCaseInput>;
export type DecideCaseInput = z.output<typeof ZDecideCaseInput>;

export type DecideCaseResult = {
  decisionId: string;
  caseId: string;
  actionIds: string[];
  /** True when this was a retried request (same requestId) and the earlier decision was returned. */
  replayed: boolean;
  /** Evidence snapshots written with the decision (absent on a replay, empty when none were prepared). */
  evidenceIds?: string[];
};
