import { Badge } from "@/components/ui/badge";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { ReviewerRole } from "@/lib/generated/prisma/enums";

export function RoleBadge({ role }: { role: ReviewerRole }) {
  return (
    <Badge tone={role === "ADMIN" || role === "LEAD" ? "info" : "neutral"} title="Role">
      {ROLE_LABELS[role] ?? role}
    </Badge>
  );
}

/** Qualified (trained, supported) to review child-safety cases. */
export function ChildSafetyBadge() {
  return (
    <Badge tone="special" title="Qualified to review child-safety cases">
      Child safety
    </Badge>
  );
}
