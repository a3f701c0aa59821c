/**
 * Builds the decision form's setup on the server: every action that could apply to this case's user, room and
 * media, each marked unavailable (with the reason from whyActionCannotApply) when the homeserver cannot carry it out,
 * and dropped when the reviewer's role lacks its permission. The server checks both again on submit; this only
 * keeps the form honest about what will work.
 */
import "server-only";

import { can, canSeeChildSafety } from "@/lib/auth/permissions";
import type { CurrentReviewer } from "@/lib/auth/types";
import type { CaseDetail } from "@/lib/cases/get-case-detail";
import { OPEN_STATUSES } from "@/lib/cases/schemas";
import { ACTION_PERMISSION, REVERSING_KINDS, serverOfUserId, whyActionCannotApply } from "@/lib/enforcement/action-rules";
import type { EnforcementActionSpec } from "@/lib/enforcement/action-schemas";

import { policyGroups } from "./policy-groups";
import type { ActionChoice, ActionGroup, ActionKind, DecisionFormSetup } from "./types";

const USER_KINDS: [ActionKind, ActionGroup, string][] = [
  ["SUSPEND_USER", "account", "Suspend"],
  ["UNSUSPEND_USER", "account", "Unsuspend"],
  ["LOCK_USER", "account", "Lock"],
  ["UNLOCK_USER", "account", "Unlock"],
  ["SHADOW_BAN_USER", "account", "Shadow-ban"],
  ["UNSHADOW_BAN_USER", "account", "Lift shadow-ban"],
  ["DEACTIVATE_USER", "account", "Deactivate"],
  ["REDACT_USER_EVENTS", "content", "Redact the user's messages"],
  ["QUARANTINE_USER_MEDIA", "media", "Quarantine all media the user uploaded"],
  ["SEND_SERVER_NOTICE", "notice", "Send an extra server notice"],
];
const ROOM_KINDS: [ActionKind, ActionGroup, string][] = [
  ["QUARANTINE_ROOM_MEDIA", "media", "Quarantine all media in the room"],
  ["REMOVE_ROOM_FROM_DIRECTORY", "room", "Remove the room from the directory"],
  ["BLOCK_ROOM", "room", "Block the room"],
  ["UNBLOCK_ROOM", "room", "Unblock the room"],
  ["DELETE_ROOM", "room", "Delete the room"],
];
const MEDIA_KINDS: [ActionKind, ActionGroup, string][] = [
  ["QUARANTINE_MEDIA", "media", "Quarantine"],
  ["UNQUARANTINE_MEDIA", "media", "Unquarantine"],
  ["PROTECT_MEDIA", "media", "Protect from quarantine"],
];
const TYPED: ReadonlySet<ActionKind> = new Set(["DEACTIVATE_USER", "DELETE_ROOM"]);
const AUTOMATED_SOURCES = new Set(["POLICY_SERVER_WEBHOOK", "POLICY_SERVER_SOFT_FAIL", "KEYWORD_SCAN", "HASH_MATCH"]);

export function buildDecisionSetup(
  detail: CaseDetail,
  reviewer: CurrentReviewer,
  options: { localServerName: string | undefined; appealBaseUrl: string | undefined },
): DecisionFormSetup | null {
  const status = detail.status;
  if (!(OPEN_STATUSES as readonly string[]).includes(status)) return null;
  const { localServerName } = options;
  const userId = detail.subject.kind === "USER" ? detail.subject.key : detail.subject.kind === "EVENT" ? detail.sender : null;
  const media = detail.enrichment.value?.media ?? [];

  const choices: ActionChoice[] = [];
  const add = ([kind, group, label]: [ActionKind, ActionGroup, string], target: string, spec: EnforcementActionSpec) => {
    if (!can(reviewer, ACTION_PERMISSION[kind])) return;
    const unavailable = localServerName
      ? whyActionCannotApply(spec, localServerName)
      : "The console cannot tell local from remote accounts: SYNAPSE_SERVER_NAME is not set.";
    choices.push({ key: `${kind} ${target}`, kind, group, label, target, restricts: !REVERSING_KINDS.has(kind), typedConfirmation: TYPED.has(kind), unavailable });
  };
  // The specs below are samples for the rule check only; the form fills in the real parameters.
  if (userId) for (const k of USER_KINDS) add(k, userId, sample(k[0], { userId }));
  if (detail.roomId) for (const k of ROOM_KINDS) add(k, detail.roomId, sample(k[0], { roomId: detail.roomId }));
  for (const item of media) for (const k of MEDIA_KINDS) add(k, item.mxc, sample(k[0], { mxc: item.mxc }));

  const local = !!userId && !!localServerName && serverOfUserId(userId) === localServerName;
  return {
    caseId: detail.id,
    caseNumber: detail.number,
    caseStatus: status as DecisionFormSetup["caseStatus"],
    subjectUser: userId ? { userId, local } : null,
    roomId: detail.roomId,
    mediaCount: media.length,
    choices,
    policyGroups: policyGroups(canSeeChildSafety(reviewer)),
    suggestedPolicyId: detail.suggestedPolicy?.id ?? null,
    canDecideViolation: can(reviewer, "case.decide"),
    appealUrl: `${options.appealBaseUrl ?? ""}/appeal?case=${detail.number}`,
    detectedAutomatically: detail.signals.some((s) => AUTOMATED_SOURCES.has(s.source)),
  };
}

function sample(kind: ActionKind, target: { userId: string } | { roomId: string } | { mxc: string }): EnforcementActionSpec {
  // Only `kind` and the target matter to whyActionCannotApply; the remaining fields take their schema defaults.
  return { kind, ...target } as EnforcementActionSpec;
}
