/**
 * The one permission table. Every page, route handler, server action and CLI command names the permission it
 * needs and checks it on the server; the UI only hides what a role cannot do (never the check that counts).
 * Unknown permissions and unknown roles are refused (fail closed).
 */
import type { ReviewerRole } from "@/lib/generated/prisma/enums";

const ALL = ["TRIAGE", "MODERATOR", "LEAD", "ADMIN"] as const;
const MODERATOR_UP = ["MODERATOR", "LEAD", "ADMIN"] as const;
const LEAD_UP = ["LEAD", "ADMIN"] as const;
const ADMIN_ONLY = ["ADMIN"] as const;

export const PERMISSIONS = {
  // Cases
  "case.read": ALL,
  "case.claim": ALL,
  "case.escalate": ALL,
  /** Record "no violation" (dismiss). Triage reviewers clear the obvious noise. */
  "case.dismiss": ALL,
  /** Record a violation and its enforcement actions. */
  "case.decide": MODERATOR_UP,
  "case.bulk_decide": LEAD_UP,
  "media.reveal": ALL,
  // Enforcement on Synapse
  "user.suspend": MODERATOR_UP,
  "user.lock": MODERATOR_UP,
  "user.redact": MODERATOR_UP,
  "user.shadow_ban": MODERATOR_UP,
  "user.deactivate": LEAD_UP,
  "media.quarantine": MODERATOR_UP,
  "media.delete": LEAD_UP,
  "room.block": MODERATOR_UP,
  "room.delete": LEAD_UP,
  "enforcement.retry": LEAD_UP,
  // Appeals
  "appeal.read": MODERATOR_UP,
  "appeal.decide": MODERATOR_UP,
  // Oversight
  "audit.read": LEAD_UP,
  "stats.read": LEAD_UP,
  "exposure.read_all": LEAD_UP,
  "intake.read": LEAD_UP,
  "intake.manage": ADMIN_ONLY,
  "settings.manage": ADMIN_ONLY,
  "reviewer.manage": ADMIN_ONLY,
  // Personal
  "api_token.create_own": ALL,
} as const satisfies Record<string, readonly ReviewerRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export type PermissionSubject = { role: ReviewerRole; deactivatedAt?: Date | null };

export function can(subject: PermissionSubject | null | undefined, permission: Permission): boolean {
  if (!subject || subject.deactivatedAt) return false;
  const allowed: readonly string[] | undefined = PERMISSIONS[permission];
  return Array.isArray(allowed) && allowed.includes(subject.role);
}

/** Child-safety cases need the qualification on top of the permission itself. */
export function canSeeChildSafety(subject: (PermissionSubject & { childSafety: boolean }) | null): boolean {
  return !!subject && !subject.deactivatedAt && subject.childSafety;
}

export function permissionsOf(subject: PermissionSubject | null | undefined): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(subject, p));
}

export const ROLE_LABELS: Record<ReviewerRole, string> = {
  TRIAGE: "Triage",
  MODERATOR: "Moderator",
  LEAD: "Lead",
  ADMIN: "Admin",
};

export const ROLES = ALL;
