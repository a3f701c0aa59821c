/**
 * What the server-rendered decision slot hands to the client form: plain, serialisable data computed on the server
 * (which actions apply to this subject, which the reviewer's role allows, the policies they may cite), so the client
 * bundle never imports the Synapse client or the permission table. Types only.
 */
import type { CaseDetail } from "@/lib/cases/get-case-detail";
import type { TEnforcementActionInput } from "@/lib/enforcement/action-schemas";

export type ActionKind = TEnforcementActionInput["kind"];
export type ActionGroup = "account" | "content" | "media" | "room" | "notice";

export type ActionChoice = {
  /** Unique within the form: kind + target. */
  key: string;
  kind: ActionKind;
  group: ActionGroup;
  label: string;
  target: string;
  /** False for kinds that lift a restriction (allowed with "No violation"). */
  restricts: boolean;
  /** Permanent or wide: the reviewer must type the target's id to confirm. */
  typedConfirmation: boolean;
  /** Null when it applies; otherwise why not (remote account, remote media, unknown homeserver). */
  unavailable: string | null;
};

export type PolicyOption = { id: string; label: string; severity: number; description: string };
export type PolicyGroup = { category: string; label: string; policies: PolicyOption[] };

export type DecisionFormSetup = {
  caseId: string;
  caseNumber: number;
  caseStatus: "OPEN" | "ON_HOLD" | "ESCALATED";
  /** The user the decision is about, when there is one (reported account or sender of the reported event). */
  subjectUser: { userId: string; local: boolean } | null;
  roomId: string | null;
  mediaCount: number;
  choices: ActionChoice[];
  policyGroups: PolicyGroup[];
  suggestedPolicyId: string | null;
  /** May record a violation (case.decide); triage reviewers may only dismiss. */
  canDecideViolation: boolean;
  appealUrl: string;
  /** Any signal came from automated detection (policy server, keyword or hash match): DSA Art. 17(3)(c). */
  detectedAutomatically: boolean;
};

export type DecisionView = CaseDetail["decisions"][number];
export type ActionView = DecisionView["actions"][number];

export type DecisionsResponse = { caseId: string; status: string; decisions: DecisionView[] };
export type DecideResponse = { replayed: boolean; decision: DecisionView };
