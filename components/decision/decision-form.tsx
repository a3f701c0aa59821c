"use client";

import { useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";

import { Button } from "@/components/ui/button";
import { Kbd } from "@/components/ui/kbd";
import { HttpError } from "@/lib/query/query-client";

import { ActionPicker } from "./action-picker";
import { BlastRadiusPanel } from "./blast-radius-panel";
import { DecisionProgress } from "./decision-progress";
import { DecisionExtras } from "./decision-extras";
import {
  buildDecisionBody,
  currentTemplate,
  type FormState,
  initialState,
  isViolation,
  NO_VIOLATION,
  notifyUser,
  plannedActions,
  statementText,
} from "./form-state";
import { goToNextCase } from "./go-to-next-case";
import { PolicyPicker } from "./policy-picker";
import { StatementEditor } from "./statement-editor";
import type { DecisionFormSetup, DecisionView } from "./types";
import { useDecisionShortcuts } from "./use-decision-shortcuts";
import { useSubmitDecision } from "./use-submit-decision";

/**
 * The decision form: policy, actions, statement of reasons, internal note, notify. Its content survives any error
 * (nothing is reset until the server accepted the decision); the answer then replaces it with the live status of
 * the actions while the server-rendered page refreshes around it.
 */
export function DecisionForm({ setup }: { setup: DecisionFormSetup }) {
  const router = useRouter();
  const [state, setState] = useState<FormState>(() => initialState(setup));
  const [problems, setProblems] = useState<string[]>([]);
  const [decided, setDecided] = useState<DecisionView | null>(null);
  const submitting = useRef(false);
  const mutation = useSubmitDecision(setup.caseId);
  const update = (patch: Partial<FormState>) => setState((s) => ({ ...s, ...patch }));

  const policies = useMemo(() => new Map(setup.policyGroups.flatMap((g) => g.policies).map((p) => [p.id, p.label])), [setup]);
  const violation = isViolation(state);
  const policyLabel = violation ? (policies.get(state.policy) ?? null) : null;
  const { templates, template } = currentTemplate(state);
  const choice = (kind: string, target?: string) =>
    setup.choices.find((c) => c.kind === kind && !c.unavailable && (target === undefined || c.target === target));

  function toggle(key: string) {
    setState((s) => ({ ...s, selected: s.selected.includes(key) ? s.selected.filter((k) => k !== key) : [...s.selected, key] }));
  }

  function choosePolicy(policy: string) {
    // "No violation" cannot restrict anyone: untick what would (the reviewer sees them greyed out).
    setState((s) => ({
      ...s,
      policy,
      selected: policy === NO_VIOLATION || policy === "" ? s.selected.filter((k) => !setup.choices.find((c) => c.key === k)?.restricts) : s.selected,
    }));
  }

  function prepareViolation(keys: string[]) {
    setState((s) => ({
      ...s,
      policy: isViolation(s) ? s.policy : (setup.suggestedPolicyId ?? ""),
      selected: [...new Set([...s.selected, ...keys])],
    }));
    document.getElementById(isViolation(state) || setup.suggestedPolicyId ? "decision-facts" : "decision-policy")?.focus();
  }

  const user = setup.subjectUser?.userId;
  const suspend = user ? choice("SUSPEND_USER", user) : undefined;
  const redact = user ? choice("REDACT_USER_EVENTS", user) : undefined;
  const mediaKeys = setup.choices.filter((c) => c.kind === "QUARANTINE_MEDIA" && !c.unavailable).map((c) => c.key);

  function submit(next: boolean) {
    if (submitting.current || decided) return;
    const built = buildDecisionBody(setup, state, policyLabel);
    if (!built.ok) {
      setProblems(built.problems);
      return;
    }
    setProblems([]);
    submitting.current = true;
    mutation.mutate(built.body, {
      onSuccess: (result) => {
        setDecided(result.decision);
        if (next) void goToNextCase(router, setup.caseId);
        else router.refresh();
      },
      onSettled: () => {
        submitting.current = false;
      },
    });
  }

  useDecisionShortcuts({
    dismiss: () => {
      choosePolicy(NO_VIOLATION);
      document.getElementById("decision-facts")?.focus();
    },
    suspendAndRedact: setup.canDecideViolation && suspend ? () => prepareViolation([suspend.key, ...(redact ? [redact.key] : [])]) : null,
    quarantineMedia: setup.canDecideViolation && mediaKeys.length ? () => prepareViolation(mediaKeys) : null,
    submitAndNext: () => submit(true),
  });

  if (decided) return <DecisionProgress caseId={setup.caseId} decision={decided} />;

  const error = mutation.error;
  const conflict = error instanceof HttpError && error.status === 409;
  return (
    <form
      aria-label="Decide this case"
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        submit(false);
      }}
    >
      <PolicyPicker
        groups={setup.policyGroups}
        value={state.policy}
        onChange={choosePolicy}
        canDecideViolation={setup.canDecideViolation}
        suggestedPolicyId={setup.suggestedPolicyId}
      />
      <ActionPicker setup={setup} state={state} update={update} toggle={toggle} violation={violation} />
      <BlastRadiusPanel caseId={setup.caseId} actions={plannedActions(setup, state)} />
      <StatementEditor
        templates={templates}
        templateId={template?.id ?? ""}
        onTemplate={(templateId) => update({ templateId })}
        facts={state.facts}
        onFacts={(facts) => update({ facts })}
        statement={statementText(setup, state, policyLabel)}
        onStatement={(text) => update({ statementOverride: text })}
        edited={state.statementOverride !== null}
        onReset={() => update({ statementOverride: null })}
      />
      <DecisionExtras
        internalNote={state.internalNote}
        onInternalNote={(internalNote) => update({ internalNote })}
        notify={notifyUser(setup, state)}
        onNotify={(notifyOverride) => update({ notifyOverride })}
        subjectUser={setup.subjectUser}
        notifyReporters={state.notifyReporters}
        onNotifyReporters={(notifyReporters) => update({ notifyReporters })}
      />
      {problems.length ? (
        <div role="alert" className="rounded-md bg-tone-warning-bg px-3 py-2 text-xs text-tone-warning-fg">
          <p className="font-medium">Before sending:</p>
          <ul className="list-disc pl-4">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {error ? (
        <div role="alert" className="flex flex-wrap items-center gap-2 rounded-md bg-tone-danger-bg px-3 py-2 text-xs text-tone-danger-fg">
          <span className="min-w-0 flex-1">{error.message}</span>
          {conflict ? (
            <Button size="sm" onClick={() => router.refresh()}>
              Reload the case
            </Button>
          ) : null}
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="primary" pending={mutation.isPending}>
          Record decision
        </Button>
        <Button onClick={() => submit(true)} disabled={mutation.isPending} aria-keyshortcuts="Control+Enter Meta+Enter">
          Record and next <Kbd>Ctrl ↵</Kbd>
        </Button>
      </div>
      <p className="text-xs text-fg-muted">
        Shortcuts: <Kbd>d</Kbd> no violation{setup.canDecideViolation ? <>, <Kbd>s</Kbd> suspend + redact, <Kbd>q</Kbd> quarantine media</> : null}
        . They prepare the form; nothing is sent until you record it.
      </p>
    </form>
  );
}
