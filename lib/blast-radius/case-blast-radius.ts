/**
 * The blast-radius preview for a case page: the planned actions (or, when none are given yet, the widest action
 * the case's subject allows, so a reviewer sees the worst case before choosing), checked against the case's
 * visibility rules. Child-safety cases answer 404 to unqualified reviewers, as the case itself does.
 */
import { canSeeChildSafety } from "@/lib/auth/permissions";
import type { CurrentReviewer } from "@/lib/auth/types";
import type { Db } from "@/lib/db/client";
import type { EnforcementActionSpec } from "@/lib/enforcement/action-schemas";
import { AppError } from "@/lib/errors";
import type { Synapse } from "@/lib/synapse";

import { estimateBlastRadius } from "./estimate-blast-radius";
import type { BlastRadius, BlastRadiusLimits } from "./types";

export async function caseBlastRadius(
  deps: {
    db: Db;
    synapse: Pick<Synapse, "users" | "rooms" | "media">;
    localServerName: string | undefined;
    limits?: BlastRadiusLimits;
  },
  reviewer: Pick<CurrentReviewer, "role" | "childSafety">,
  input: { caseId: string; actions?: readonly EnforcementActionSpec[] },
): Promise<BlastRadius & { caseId: string; actions: EnforcementActionSpec[] }> {
  const found = await deps.db.case.findUnique({ where: { id: input.caseId }, include: { subject: true } });
  if (
    !found ||
    (found.childSafety && !canSeeChildSafety({ role: reviewer.role, childSafety: reviewer.childSafety }))
  ) {
    throw new AppError("NOT_FOUND", "No such case.");
  }
  const actions = input.actions?.length ? [...input.actions] : widestActions(found.subject);
  const radius = await estimateBlastRadius(deps.synapse, actions, {
    localServerName: deps.localServerName,
    limits: deps.limits,
  });
  return { caseId: found.id, actions, ...radius };
}

/** The most far-reaching actions for a subject: what a reviewer should know before picking any of them. */
export function widestActions(subject: {
  kind: string;
  key: string;
  senderMxid: string | null;
}): EnforcementActionSpec[] {
  const user = subject.kind === "USER" ? subject.key : subject.kind === "EVENT" ? subject.senderMxid : null;
  if (user) {
    return [
      { kind: "DEACTIVATE_USER", userId: user, erase: false },
      { kind: "REDACT_USER_EVENTS", userId: user, rooms: [] },
      { kind: "QUARANTINE_USER_MEDIA", userId: user },
    ];
  }
  if (subject.kind === "ROOM")
    return [{ kind: "DELETE_ROOM", roomId: subject.key, purge: true, block: true }];
  if (subject.kind === "MEDIA") return [{ kind: "QUARANTINE_MEDIA", mxc: subject.key }];
  return [];
}
