"use client";

import { NO_VIOLATION } from "./form-state";
import type { PolicyGroup } from "./types";

/**
 * The policy broken: MSC4456 harms grouped by category with their severity, or "No violation". A native select, so
 * it is keyboard- and screen-reader-friendly for free and type-ahead works ("har…" jumps to harassment).
 */
export function PolicyPicker({
  groups,
  value,
  onChange,
  canDecideViolation,
  suggestedPolicyId,
}: {
  groups: PolicyGroup[];
  value: string;
  onChange: (policy: string) => void;
  canDecideViolation: boolean;
  suggestedPolicyId: string | null;
}) {
  const selected = groups.flatMap((g) => g.policies).find((p) => p.id === value);
  return (
    <div className="space-y-1">
      <label htmlFor="decision-policy" className="block text-sm font-medium text-fg">
        Policy broken
      </label>
      <select
        id="decision-policy"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby="decision-policy-hint"
        className="h-9 w-full rounded-md border border-line-strong bg-surface px-2 text-sm text-fg"
      >
        {canDecideViolation ? <option value="">Choose…</option> : null}
        <option value={NO_VIOLATION}>No violation</option>
        {canDecideViolation
          ? groups.map((g) => (
              <optgroup key={g.category} label={g.label}>
                {g.policies.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label} · severity {p.severity}
                    {p.id === suggestedPolicyId ? " (suggested)" : ""}
                  </option>
                ))}
              </optgroup>
            ))
          : null}
      </select>
      <p id="decision-policy-hint" className="text-xs text-fg-muted">
        {!canDecideViolation
          ? "Your role records “No violation” only; escalate the case if you think a rule was broken."
          : selected
            ? selected.description
            : "A violation must cite the rule broken; it is shown to the user."}
      </p>
    </div>
  );
}
