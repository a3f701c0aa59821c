/**
 * The decision form's state and everything derived from it, as pure functions: which outcome the reviewer chose,
 * the statement rendered from its template, the notify default, and the request body with the problems that block
 * sending it. Kept out of the components so the rules are unit-tested and the components stay small.
 */
import {
  automationSentence,
  renderTemplate,
  templatesFor,
  unfilledPlaceholders,
} from "@/lib/cases/reason-templates";
import type { TEnforcementActionInput } from "@/lib/enforcement/action-schemas";

import { actionSentence } from "./action-sentences";
import type { ActionChoice, DecisionFormSetup } from "./types";

/** "" = not chosen yet; "none" = no violation; otherwise a policy id. */
export type PolicyChoice = string;
export const NO_VIOLATION = "none";

export type FormState = {
  policy: PolicyChoice;
  selected: string[];
  erase: boolean;
  /** datetime-local values in the reviewer's time zone, or "". */
  redactSince: string;
  redactUntil: string;
  noticeBody: string;
  /** What the reviewer typed to confirm each typed-confirmation action, by choice key. */
  confirmations: Record<string, string>;
  facts: string;
  templateId: string;
  /** The reviewer's own edit of the statement; null while it follows the template. */
  statementOverride: string | null;
  internalNote: string;
  /** Null while it follows the default (on for violations against local users). */
  notifyOverride: boolean | null;
  /** Thank the case's reporters (a fixed notice that never says what was done). Off unless the reviewer opts in. */
  notifyReporters: boolean;
};

export function initialState(setup: DecisionFormSetup): FormState {
  return {
    policy: setup.canDecideViolation ? "" : NO_VIOLATION,
    selected: [],
    erase: false,
    redactSince: "",
    redactUntil: "",
    noticeBody: "",
    confirmations: {},
    facts: "",
    templateId: "",
    statementOverride: null,
    internalNote: "",
    notifyOverride: null,
    notifyReporters: false,
  };
}

export function isViolation(state: FormState): boolean {
  return state.policy !== "" && state.policy !== NO_VIOLATION;
}

export function selectedChoices(setup: DecisionFormSetup, state: FormState): ActionChoice[] {
  return setup.choices.filter((c) => state.selected.includes(c.key) && !c.unavailable);
}

export function notifyDefault(setup: DecisionFormSetup, state: FormState): boolean {
  return isViolation(state) && !!setup.subjectUser?.local;
}

export function notifyUser(setup: DecisionFormSetup, state: FormState): boolean {
  if (!setup.subjectUser?.local) return false;
  return state.notifyOverride ?? notifyDefault(setup, state);
}

export function currentTemplate(state: FormState) {
  const templates = templatesFor(isViolation(state) ? state.policy : null);
  return { templates, template: templates.find((t) => t.id === state.templateId) ?? templates[0] };
}

export function renderedStatement(setup: DecisionFormSetup, state: FormState, policyLabel: string | null): string {
  const { template } = currentTemplate(state);
  if (!template) return "";
  // An extra notice is how the user hears this, not something done to them.
  const sentences = selectedChoices(setup, state)
    .filter((c) => c.kind !== "SEND_SERVER_NOTICE")
    .map(actionSentence);
  const actions = sentences.length
    ? sentences.join("; ")
    : isViolation(state)
      ? "the reported content has been recorded against your account"
      : "No action was taken against your account.";
  return renderTemplate(template.body, {
    policy: policyLabel ?? state.policy,
    // Left as a placeholder when empty, so the check below asks the reviewer for the facts.
    facts: state.facts.trim() || "{facts}",
    actions,
    automation: automationSentence(setup.detectedAutomatically),
    appealUrl: setup.appealUrl,
    caseNumber: String(setup.caseNumber),
  });
}

export function statementText(setup: DecisionFormSetup, state: FormState, policyLabel: string | null): string {
  return state.statementOverride ?? renderedStatement(setup, state, policyLabel);
}

export type DecisionBody = {
  outcome: "VIOLATION" | "NO_VIOLATION";
  policyId?: string;
  expectedStatus: DecisionFormSetup["caseStatus"];
  actions: TEnforcementActionInput[];
  statementOfReasons: string;
  internalNote?: string;
  notifyUser: boolean;
  notifyReporters: boolean;
};

/** The request body, or the problems to fix first (each a sentence for the reviewer). */
export function buildDecisionBody(
  setup: DecisionFormSetup,
  state: FormState,
  policyLabel: string | null,
): { ok: true; body: DecisionBody } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  if (state.policy === "") problems.push("Choose the policy broken, or No violation.");
  const violation = isViolation(state);
  const choices = selectedChoices(setup, state);
  if (!violation) {
    for (const c of choices.filter((c) => c.restricts)) problems.push(`${c.label} restricts someone: a "No violation" decision cannot.`);
  }
  for (const c of choices.filter((c) => c.typedConfirmation)) {
    if ((state.confirmations[c.key] ?? "").trim() !== c.target) problems.push(`Type ${c.target} to confirm: ${c.label}.`);
  }
  const { since, until } = redactWindow(state);
  if (choices.some((c) => c.kind === "REDACT_USER_EVENTS") && since && until && since > until) {
    problems.push("The redaction window starts after it ends.");
  }
  if (choices.some((c) => c.kind === "SEND_SERVER_NOTICE") && !state.noticeBody.trim()) problems.push("Write the server notice.");
  const statement = statementText(setup, state, policyLabel).trim();
  const unfilled = unfilledPlaceholders(statement);
  if (unfilled.length) problems.push(`Fill in ${unfilled.map((p) => `{${p}}`).join(", ")} in the statement of reasons.`);
  if (statement.length < 20) problems.push("Write at least a sentence in the statement of reasons.");
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    body: {
      outcome: violation ? "VIOLATION" : "NO_VIOLATION",
      ...(violation ? { policyId: state.policy } : {}),
      expectedStatus: setup.caseStatus,
      actions: plannedActions(setup, state),
      statementOfReasons: statement,
      ...(state.internalNote.trim() ? { internalNote: state.internalNote.trim() } : {}),
      notifyUser: notifyUser(setup, state),
      notifyReporters: state.notifyReporters,
    },
  };
}

/**
 * The actions as they would be sent right now, whatever else the form still lacks: what the blast-radius preview
 * estimates while the reviewer is still choosing.
 */
export function plannedActions(setup: DecisionFormSetup, state: FormState): TEnforcementActionInput[] {
  const window = redactWindow(state);
  return selectedChoices(setup, state).map((c) => toAction(c, state, setup, window));
}

function redactWindow(state: FormState) {
  return { since: toIso(state.redactSince), until: toIso(state.redactUntil) };
}

function toAction(
  c: ActionChoice,
  state: FormState,
  setup: DecisionFormSetup,
  window: { since: string | undefined; until: string | undefined },
): TEnforcementActionInput {
  switch (c.kind) {
    case "DEACTIVATE_USER":
      return { kind: c.kind, userId: c.target, erase: state.erase };
    case "REDACT_USER_EVENTS":
      return {
        kind: c.kind,
        userId: c.target,
        // Synapse skips rooms the user has left unless they are named, so the case's own room always is.
        rooms: setup.roomId ? [setup.roomId] : [],
        ...(window.since ? { since: window.since } : {}),
        ...(window.until ? { until: window.until } : {}),
        reason: `Removed by the server's moderators (case ${setup.caseNumber})`,
      };
    case "SEND_SERVER_NOTICE":
      return { kind: c.kind, userId: c.target, body: state.noticeBody.trim() };
    case "DELETE_ROOM":
      return { kind: c.kind, roomId: c.target, purge: true, block: true };
    default:
      return actionFor(c);
  }
}

// The server built each choice's target from the same id field the kind takes (decision-options.ts), so the sigil
// tells which field it is; the server validates the pair again.
function actionFor(c: ActionChoice): TEnforcementActionInput {
  if (c.target.startsWith("@")) return { kind: c.kind, userId: c.target } as TEnforcementActionInput;
  if (c.target.startsWith("!")) return { kind: c.kind, roomId: c.target } as TEnforcementActionInput;
  return { kind: c.kind, mxc: c.target } as TEnforcementActionInput;
}

function toIso(local: string): string | undefined {
  if (!local) return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
