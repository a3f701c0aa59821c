/**
 * Inputs and results of the claiming operations (claim-next-case, claim-case, renew-claim, release-case,
 * hold-case, escalate-case). Pure: imported by route handlers, hooks and tests alike.
 */
import { z } from "zod";

import type { AuditContext } from "@/lib/audit/types";
import { requestContext } from "@/lib/auth/request-context";
import { AppError } from "@/lib/errors";
import type { ReviewerRole } from "@/lib/generated/prisma/enums";

const ZCaseId = z.string().trim().min(1).max(64);
/** The `updatedAt` the client last saw; a mismatch means someone else changed the case (409). */
const ZExpectedUpdatedAt = z.iso.datetime({ offset: true }).optional();
/** Why a case is set aside or escalated: required, so the next person knows what it is waiting for. */
const ZStatusNote = z.string().trim().min(3, "say why (at least a few words)").max(2000);

export const ZClaimCaseInput = z.object({ caseId: ZCaseId });
export type TClaimCaseInput = z.input<typeof ZClaimCaseInput>;

export const ZReleaseCaseInput = z.object({ caseId: ZCaseId, expectedUpdatedAt: ZExpectedUpdatedAt });
export type TReleaseCaseInput = z.input<typeof ZReleaseCaseInput>;

export const ZHoldCaseInput = z.object({ caseId: ZCaseId, note: ZStatusNote, expectedUpdatedAt: ZExpectedUpdatedAt });
export type THoldCaseInput = z.input<typeof ZHoldCaseInput>;

export const ZEscalateCaseInput = ZHoldCaseInput;
export type TEscalateCaseInput = z.input<typeof ZEscalateCaseInput>;

/** Request bodies of the routes (the case id comes from the path). */
export const ZStatusNoteBody = ZHoldCaseInput.omit({ caseId: true });
export const ZReleaseBody = ZReleaseCaseInput.omit({ caseId: true });

/** The reviewer acting, as the route knows them (read fresh from the database for each request). */
export type ClaimActor = {
  id: string;
  mxid: string;
  role: ReviewerRole;
  childSafety: boolean;
  context?: AuditContext;
};

export type ClaimedCase = { caseId: string; caseNumber: number; claimExpiresAt: string };

export type ClaimNextResult =
  | ({ outcome: "claimed" | "resumed" } & ClaimedCase)
  /** Nothing the reviewer may see is waiting (or everything is claimed by someone else). */
  | { outcome: "empty" };

export type CaseStateResult = { caseId: string; status: string; updatedAt: string };

export function claimExpiry(now: Date, timeoutMinutes: number): Date {
  return new Date(now.getTime() + timeoutMinutes * 60_000);
}

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`);
  throw new AppError("BAD_REQUEST", `Invalid ${what}: ${issues.join("; ")}`, { issues });
}

/** The acting reviewer plus where the request came from, for the audit row. */
export function claimActor(
  reviewer: Pick<ClaimActor, "id" | "mxid" | "role" | "childSafety">,
  request: Request,
): ClaimActor {
  return { id: reviewer.id, mxid: reviewer.mxid, role: reviewer.role, childSafety: reviewer.childSafety, context: requestContext(request.headers) };
}

/** A JSON body, or `{}` when there is none: the domain functions validate (and answer 400) themselves. */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (!text.trim()) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new AppError("BAD_REQUEST", "The body must be a JSON object.");
}
