"use client";

import type { FormState } from "./form-state";
import { TypedConfirmation } from "./typed-confirmation";
import type { ActionChoice } from "./types";

type Props = {
  choice: ActionChoice;
  state: FormState;
  update: (patch: Partial<FormState>) => void;
  toggle: (key: string) => void;
  /** "No violation" is chosen: only actions that lift a restriction may be ticked. */
  restrictionsBlocked: boolean;
};

/** One action's checkbox and, once ticked, the parameters it needs (erase, time window, notice text, confirmation). */
export function ActionOption({ choice, state, update, toggle, restrictionsBlocked }: Props) {
  const checked = state.selected.includes(choice.key);
  const id = `action-${choice.key.replace(/[^A-Za-z0-9]/g, "-")}`;
  const blocked = restrictionsBlocked && choice.restricts && !checked;
  return (
    <li className="space-y-1.5">
      <div className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={blocked}
          onChange={() => toggle(choice.key)}
          className="mt-0.5 size-4 shrink-0 accent-accent"
        />
        <label htmlFor={id} className="min-w-0 text-sm text-fg">
          {choice.label} <span className="font-mono text-xs break-all text-fg-muted">{choice.target}</span>
        </label>
      </div>
      {checked ? <Parameters choice={choice} state={state} update={update} id={id} /> : null}
    </li>
  );
}

function Parameters({ choice, state, update, id }: Omit<Props, "toggle" | "restrictionsBlocked"> & { id: string }) {
  const confirmation = choice.typedConfirmation ? (
    <TypedConfirmation
      id={`${id}-confirm`}
      target={choice.target}
      value={state.confirmations[choice.key] ?? ""}
      onChange={(value) => update({ confirmations: { ...state.confirmations, [choice.key]: value } })}
    />
  ) : null;
  switch (choice.kind) {
    case "DEACTIVATE_USER":
      return (
        <div className="ml-6 space-y-2">
          <label className="flex items-center gap-2 text-xs text-fg">
            <input type="checkbox" checked={state.erase} onChange={(e) => update({ erase: e.target.checked })} className="size-4 accent-accent" />
            Also erase their data (messages are hidden from people who join later; cannot be undone)
          </label>
          {confirmation}
        </div>
      );
    case "REDACT_USER_EVENTS":
      return (
        <fieldset className="ml-6 grid grid-cols-1 gap-2 sm:grid-cols-2">
          <legend className="mb-1 text-xs text-fg-muted">Only messages sent within (optional; default all)</legend>
          <DateField id={`${id}-since`} label="Redact from" value={state.redactSince} onChange={(v) => update({ redactSince: v })} />
          <DateField id={`${id}-until`} label="Redact until" value={state.redactUntil} onChange={(v) => update({ redactUntil: v })} />
        </fieldset>
      );
    case "SEND_SERVER_NOTICE":
      return (
        <div className="ml-6 space-y-1">
          <label htmlFor={`${id}-body`} className="block text-xs text-fg-muted">
            Server notice text
          </label>
          <textarea
            id={`${id}-body`}
            value={state.noticeBody}
            onChange={(e) => update({ noticeBody: e.target.value })}
            maxLength={8000}
            rows={3}
            className="w-full rounded-md border border-line-strong bg-surface px-2 py-1 text-sm text-fg"
          />
        </div>
      );
    default:
      return confirmation ? <div className="ml-6">{confirmation}</div> : null;
  }
}

function DateField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (v: string) => void }) {
  return (
    <div className="space-y-0.5">
      <label htmlFor={id} className="block text-xs text-fg-muted">
        {label}
      </label>
      <input
        id={id}
        type="datetime-local"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="h-8 w-full rounded-md border border-line-strong bg-surface px-2 text-xs text-fg"
      />
    </div>
  );
}
