"use client";

/**
 * A permanent action (deactivation, room deletion) asks the reviewer to type the exact id it acts on: a habit-proof
 * check that they read which account or room it is, not a click that muscle memory makes for them.
 */
export function TypedConfirmation({
  id,
  target,
  value,
  onChange,
}: {
  id: string;
  target: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const matches = value.trim() === target;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs text-fg-muted">
        Type <span className="font-mono break-all text-fg">{target}</span> to confirm
      </label>
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={value !== "" && !matches}
        className="h-8 w-full rounded-md border border-line-strong bg-surface px-2 font-mono text-xs text-fg"
      />
    </div>
  );
}
