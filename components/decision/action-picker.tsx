"use client";

import { ActionOption } from "./action-option";
import type { FormState } from "./form-state";
import type { ActionChoice, ActionGroup, DecisionFormSetup } from "./types";

const GROUPS: { group: ActionGroup; legend: string }[] = [
  { group: "account", legend: "Account" },
  { group: "content", legend: "Messages" },
  { group: "media", legend: "Media" },
  { group: "room", legend: "Room" },
  { group: "notice", legend: "Notice" },
];

/**
 * The actions to take on Synapse. Only what the reviewer's role may do is listed (the server built the list); what
 * does not apply to this subject, such as suspending a remote account, is listed apart with the reason, so the
 * reviewer learns why instead of wondering where the button went.
 */
export function ActionPicker({
  setup,
  state,
  update,
  toggle,
  violation,
}: {
  setup: DecisionFormSetup;
  state: FormState;
  update: (patch: Partial<FormState>) => void;
  toggle: (key: string) => void;
  violation: boolean;
}) {
  const available = setup.choices.filter((c) => !c.unavailable);
  const unavailable = setup.choices.filter((c) => c.unavailable);
  if (setup.choices.length === 0) {
    return <p className="text-xs text-fg-muted">Your role records decisions without enforcement actions.</p>;
  }
  return (
    <div className="space-y-3">
      {!violation && available.some((c) => c.restricts) ? (
        <p className="text-xs text-fg-muted">With “No violation”, only actions that lift an earlier restriction can be taken.</p>
      ) : null}
      {GROUPS.map(({ group, legend }) => {
        const choices = available.filter((c) => c.group === group);
        if (choices.length === 0) return null;
        return (
          <fieldset key={group} className="space-y-1.5">
            <legend className="text-xs font-semibold tracking-wide text-fg-muted uppercase">{legend}</legend>
            <ul className="space-y-1.5">
              {choices.map((c) => (
                <ActionOption key={c.key} choice={c} state={state} update={update} toggle={toggle} restrictionsBlocked={!violation} />
              ))}
            </ul>
          </fieldset>
        );
      })}
      {unavailable.length ? <UnavailableActions choices={unavailable} /> : null}
    </div>
  );
}

function UnavailableActions({ choices }: { choices: ActionChoice[] }) {
  return (
    <section aria-label="Actions that do not apply" className="rounded-md bg-surface-2 px-3 py-2">
      <h3 className="text-xs font-semibold text-fg">Not available here</h3>
      <ul className="mt-1 space-y-1">
        {choices.map((c) => (
          <li key={c.key} className="text-xs text-fg-muted">
            <span className="text-fg">{c.label}</span>: {c.unavailable}
          </li>
        ))}
      </ul>
    </section>
  );
}
