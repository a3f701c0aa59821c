/**
 * What a bulk decision may do and the request it sends. Pure, so the rules are unit-tested.
 *
 * Actions need one target: they are offered only when the selection is "every open case of one sender" or "of one
 * room" (the scope), never for a hand-picked mix. Permanent actions (deactivation, room deletion) are left to the
 * case page, where the typed confirmation and the blast radius are; a bulk panel is for the spam wave.
 */
import type { Permission } from "@/lib/auth/permissions";
import type { TEnforcementActionInput } from "@/lib/enforcement/action-schemas";

export type BulkScope = { kind: "sender"; userId: string; local: boolean } | { kind: "room"; roomId: string };

export type BulkActionChoice = {
  kind: TEnforcementActionInput["kind"];
  label: string;
  permission: Permission;
  localOnly: boolean;
};

const SENDER_ACTIONS: BulkActionChoice[] = [
  { kind: "SUSPEND_USER", label: "Suspend the sender", permission: "user.suspend", localOnly: true },
  { kind: "LOCK_USER", label: "Lock the sender's account", permission: "user.lock", localOnly: true },
  { kind: "SHADOW_BAN_USER", label: "Shadow-ban the sender", permission: "user.shadow_ban", localOnly: true },
  {
    kind: "REDACT_USER_EVENTS",
    label: "Redact the sender's messages",
    permission: "user.redact",
    localOnly: false,
  },
  {
    kind: "QUARANTINE_USER_MEDIA",
    label: "Quarantine all media the sender uploaded",
    permission: "media.quarantine",
    localOnly: true,
  },
];
const ROOM_ACTIONS: BulkActionChoice[] = [
  {
    kind: "REMOVE_ROOM_FROM_DIRECTORY",
    label: "Remove the room from the directory",
    permission: "room.block",
    localOnly: false,
  },
  {
    kind: "QUARANTINE_ROOM_MEDIA",
    label: "Quarantine all media in the room",
    permission: "media.quarantine",
    localOnly: false,
  },
  { kind: "BLOCK_ROOM", label: "Block the room", permission: "room.block", localOnly: false },
];

/** The actions the reviewer may apply to every case of the scope; none without a scope. */
export function bulkActionChoices(
  scope: BulkScope | null,
  permissions: readonly string[],
): BulkActionChoice[] {
  if (!scope) return [];
  const all =
    scope.kind === "sender" ? SENDER_ACTIONS.filter((a) => scope.local || !a.localOnly) : ROOM_ACTIONS;
  return all.filter((a) => permissions.includes(a.permission));
}

export function scopeTarget(scope: BulkScope): string {
  return scope.kind === "sender" ? scope.userId : scope.roomId;
}

function toAction(kind: BulkActionChoice["kind"], scope: BulkScope): TEnforcementActionInput {
  if (scope.kind === "room") return { kind, roomId: scope.roomId } as TEnforcementActionInput;
  if (kind === "REDACT_USER_EVENTS")
    return { kind, userId: scope.userId, rooms: [], reason: "Removed by the server's moderators" };
  return { kind, userId: scope.userId } as TEnforcementActionInput;
}

export type BulkForm = {
  /** "" = not chosen; "none" = no violation; otherwise a policy id. */
  policy: string;
  actions: BulkActionChoice["kind"][];
  statement: string;
  notifyUser: boolean;
  notifyReporters: boolean;
};

export type BulkBody = {
  selection: { caseIds: string[] };
  decision: {
    outcome: "VIOLATION" | "NO_VIOLATION";
    policyId?: string;
    actions: TEnforcementActionInput[];
    statementOfReasons: string;
    notifyUser: boolean;
    notifyReporters: boolean;
  };
};

export function buildBulkBody(
  caseIds: string[],
  scope: BulkScope | null,
  form: BulkForm,
  permissions: readonly string[],
): { ok: true; body: BulkBody } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  if (caseIds.length === 0) problems.push("Select at least one case.");
  if (form.policy === "") problems.push("Choose the policy broken, or No violation.");
  const violation = form.policy !== "" && form.policy !== "none";
  const allowed = new Set(bulkActionChoices(scope, permissions).map((a) => a.kind));
  const kinds = form.actions.filter((k) => allowed.has(k));
  if (!violation && kinds.length) problems.push("A “No violation” decision cannot take actions.");
  if (form.statement.trim().length < 20)
    problems.push("Write at least a sentence in the statement of reasons.");
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    body: {
      selection: { caseIds },
      decision: {
        outcome: violation ? "VIOLATION" : "NO_VIOLATION",
        ...(violation ? { policyId: form.policy } : {}),
        actions: scope ? kinds.map((k) => toAction(k, scope)) : [],
        statementOfReasons: form.statement.trim(),
        notifyUser: violation && form.notifyUser,
        notifyReporters: form.notifyReporters,
      },
    },
  };
}
