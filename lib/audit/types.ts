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
