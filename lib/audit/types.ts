/**
 * Every audit event type and the shape of its data. recordAuditEvent() accepts only these, so an event's payload is
 * checked at compile time and validated again at run time before it is hashed into the chain.
 */
import { z } from "zod";

const ReviewerRoleSchema = z.enum(["TRIAGE", "MODERATOR", "LEAD", "ADMIN"]);

export const ZAuditEvent = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("REVIEWER_SIGNED_IN"),
    data: z.object({ method: z.enum(["matrix_password", "oidc"]) }),
  }),
  z.object({
    type: z.literal("REVIEWER_SIGN_IN_FAILED"),
    data: z.object({ username: z.string().max(300), reason: z.enum(["invalid_credentials", "not_on_roster", "deactivated", "rate_limited", "homeserver_error"]) }),
  }),
  z.object({ type: z.literal("REVIEWER_SIGNED_OUT"), data: z.object({}) }),
  z.object({
    type: z.literal("REVIEWER_ADDED"),
    data: z.object({ mxid: z.string(), role: ReviewerRoleSchema, childSafety: z.boolean() }),
  }),
  z.object({
    type: z.literal("REVIEWER_ROLE_CHANGED"),
    data: z.object({ mxid: z.string(), from: ReviewerRoleSchema, to: ReviewerRoleSchema }),
  }),
  z.object({
    type: z.literal("REVIEWER_CHILD_SAFETY_CHANGED"),
    data: z.object({ mxid: z.string(), childSafety: z.boolean() }),
  }),
  z.object({ type: z.literal("REVIEWER_DEACTIVATED"), data: z.object({ mxid: z.string() }) }),
  z.object({ type: z.literal("REVIEWER_REACTIVATED"), data: z.object({ mxid: z.string() }) }),
  z.object({
    type: z.literal("API_TOKEN_CREATED"),
    data: z.object({ tokenId: z.string(), name: z.string(), prefix: z.string(), forMxid: z.string(), expiresAt: z.string().nullable() }),
  }),
  z.object({
    type: z.literal("API_TOKEN_REVOKED"),
    data: z.object({ tokenId: z.string(), forMxid: z.string() }),
  }),
  // Media exposure (lib/media): written in the same transaction as the MediaExposure row, before any pixel leaves.
  z.object({
    type: z.literal("MEDIA_REVEALED"),
    data: z.object({
      mxc: z.string().max(600),
      caseId: z.string().max(64).nullable(),
      sha256: z.string().max(64),
      childSafety: z.boolean(),
      /** The reviewer was past the daily reveal budget and confirmed the prompt to go on. */
      overBudget: z.boolean(),
    }),
  }),
  z.object({
    type: z.literal("MEDIA_DOWNLOADED"),
    data: z.object({
      mxc: z.string().max(600),
      caseId: z.string().max(64).nullable(),
      sha256: z.string().max(64),
      size: z.number().int().nonnegative(),
      childSafety: z.boolean(),
      overBudget: z.boolean(),
    }),
  }),
  // Decisions and enforcement (lib/cases/decide-case.ts, lib/enforcement/*).
  z.object({
    type: z.literal("CASE_DECIDED"),
    data: z.object({
      decisionId: z.string(),
      caseNumber: z.number().int(),
      outcome: z.enum(["NO_VIOLATION", "VIOLATION"]),
      policyId: z.string().nullable(),
      actionKinds: z.array(z.string()),
      fromStatus: z.string(),
      notifyUser: z.boolean(),
      batchId: z.string().nullable(),
      /** The client's idempotency key: a retried request with the same key gets this decision back. */
      requestId: z.string().nullable(),
    }),
  }),
  z.object({
    type: z.literal("ENFORCEMENT_ENQUEUED"),
    data: z.object({ actionId: z.string(), decisionId: z.string(), kind: z.string(), target: z.string() }),
  }),
  z.object({
    type: z.literal("ENFORCEMENT_STARTED"),
    data: z.object({
      actionId: z.string(),
      kind: z.string(),
      attempt: z.number().int(),
      /** True when an earlier worker's lease ran out mid-call and this worker took the action over. */
      leaseExpired: z.boolean(),
    }),
  }),
  z.object({
    type: z.literal("ENFORCEMENT_AWAITING_SYNAPSE"),
    data: z.object({ actionId: z.string(), kind: z.string(), synapseJobId: z.string() }),
  }),
  z.object({
    type: z.literal("ENFORCEMENT_DONE"),
    data: z.object({ actionId: z.string(), kind: z.string(), attempts: z.number().int() }),
  }),
  z.object({
    type: z.literal("ENFORCEMENT_FAILED"),
    data: z.object({ actionId: z.string(), kind: z.string(), attempts: z.number().int(), error: z.string().max(2000) }),
  }),
  z.object({
    type: z.literal("ENFORCEMENT_RETRY_SCHEDULED"),
    data: z.object({
      actionId: z.string(),
      kind: z.string(),
      attempts: z.number().int(),
      delayMs: z.number().int(),
      error: z.string().max(2000),
    }),
  }),
  z.object({
    type: z.literal("ENFORCEMENT_RETRY_REQUESTED"),
    data: z.object({
      actionId: z.string(),
      kind: z.string(),
      previousAttempts: z.number().int(),
      previousError: z.string().nullable(),
    }),
  }),
  // Intake (actor system:intake): one event per case per intake batch; signal ids capped at 100 per event.
  z.object({
    type: z.literal("CASE_OPENED"),
    data: z.object({
      subjectKind: z.string(),
      subjectKey: z.string().max(1000),
      source: z.string(),
      signalIds: z.array(z.string()).max(100),
      signalCount: z.number().int(),
      previousCaseId: z.string().nullable(),
    }),
  }),
  z.object({
    type: z.literal("SIGNAL_ATTACHED"),
    data: z.object({ source: z.string(), signalIds: z.array(z.string()).max(100), signalCount: z.number().int() }),
  }),
  // Claiming and triage (lib/cases/claim-*.ts, release/hold/escalate-case.ts): who held which case, and why it moved.
  z.object({
    type: z.literal("CASE_CLAIMED"),
    data: z.object({
      caseNumber: z.number().int(),
      /** "next": handed out by POST /cases/next; "claim": picked by the reviewer; "renew": own claim extended. */
      via: z.enum(["next", "claim", "renew"]),
      expiresAt: z.string(),
      /** Whose lapsed claim this one replaced, if any. */
      previousClaimantId: z.string().nullable(),
    }),
  }),
  z.object({
    type: z.literal("CASE_RELEASED"),
    data: z.object({
      caseNumber: z.number().int(),
      claimantId: z.string(),
      /** A lead released someone else's claim. */
      forced: z.boolean(),
    }),
  }),
  z.object({
    type: z.literal("CASE_HELD"),
    data: z.object({ caseNumber: z.number().int(), fromStatus: z.string(), note: z.string().max(2000) }),
  }),
  z.object({
    type: z.literal("CASE_ESCALATED"),
    data: z.object({ caseNumber: z.number().int(), fromStatus: z.string(), note: z.string().max(2000) }),
  }),
  // Evidence snapshots (lib/evidence): captured in the decision's transaction, purged after retention, downloaded.
  z.object({
    type: z.literal("EVIDENCE_CAPTURED"),
    data: z.object({
      decisionId: z.string(),
      snapshotIds: z.array(z.string()).max(500),
      kinds: z.array(z.string()).max(500),
      bytesStored: z.number().int().nonnegative(),
      /** Media whose bytes were not kept (over a cap, or not fetchable), by mxc. */
      bytesOmitted: z.array(z.string().max(600)).max(500),
      captureErrors: z.number().int().nonnegative(),
    }),
  }),
  z.object({
    type: z.literal("EVIDENCE_PURGED"),
    data: z.object({ count: z.number().int().nonnegative(), retainedUntilBefore: z.string(), caseIds: z.array(z.string()).max(1000) }),
  }),
  z.object({
    type: z.literal("EVIDENCE_DOWNLOADED"),
    data: z.object({
      snapshotId: z.string(),
      caseId: z.string(),
      subjectKey: z.string().max(1000),
      sha256: z.string().max(64),
      size: z.number().int().nonnegative(),
      childSafety: z.boolean(),
      overBudget: z.boolean(),
    }),
  }),
  // Bulk decisions (lib/cases/bulk-decide.ts): every CASE_DECIDED of the batch carries the same batchId.
  z.object({
    type: z.literal("BULK_DECISION_APPLIED"),
    data: z.object({
      batchId: z.string(),
      selector: z.string().max(1000),
      outcome: z.enum(["NO_VIOLATION", "VIOLATION"]),
      policyId: z.string().nullable(),
      requested: z.number().int().nonnegative(),
      decided: z.number().int().nonnegative(),
      conflict: z.number().int().nonnegative(),
      forbidden: z.number().int().nonnegative(),
      error: z.number().int().nonnegative(),
    }),
  }),
  // Reporter feedback (lib/cases/reporter-feedback.ts): the fixed thank-you notices enqueued with a decision.
  z.object({
    type: z.literal("REPORTERS_NOTIFIED"),
    data: z.object({
      decisionId: z.string(),
      notified: z.number().int().nonnegative(),
      skippedRemote: z.number().int().nonnegative(),
      skippedAlreadyNotified: z.number().int().nonnegative(),
    }),
  }),
  // Settings (lib/settings): one event per saved setting row, old and new value, in the write's transaction.
  z.object({
    type: z.literal("SETTING_CHANGED"),
    data: z.object({
      key: z.string().max(200),
      /** The stored value before the change; null when the row did not exist (the defaults applied). */
      from: z.json().nullable(),
      to: z.json(),
    }),
  }),
]);

export type TAuditEvent = z.infer<typeof ZAuditEvent>;
export type AuditEventType = TAuditEvent["type"];
export type AuditData<T extends AuditEventType> = Extract<TAuditEvent, { type: T }>["data"];

/** Who caused an event: a reviewer, or a named part of the system (intake, the enforcement worker, the CLI). */
export type AuditActor =
  | { kind: "reviewer"; id: string; mxid: string }
  | { kind: "system"; name: string }
  | { kind: "anonymous"; label: string };

export type AuditContext = { ipAddress?: string | null; userAgent?: string | null };
