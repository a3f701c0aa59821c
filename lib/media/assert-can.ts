/**
 * Domain functions check their permission themselves too (routes already did), so a CLI command or a future caller
 * that forgets the route wrapper still fails closed.
 */
import { can, type Permission, type PermissionSubject } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

export function assertCan(subject: PermissionSubject, permission: Permission): void {
  if (!can(subject, permission)) throw new AppError("FORBIDDEN", `Your role may not do this (needs ${permission}).`);
}
