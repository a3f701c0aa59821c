/**
 * Labelled form fields for the settings forms: every input has a visible label, an optional hint, and its error
 * in a role="alert" element tied to it with aria-describedby (and aria-invalid set), so screen readers announce it.
 */
import { useId } from "react";

const INPUT =
  "h-8 rounded-md border border-line-strong bg-surface px-2 text-[0.8125rem] text-fg aria-invalid:border-tone-danger-fg";

type Common = { label: string; hint?: string; error?: string | undefined };

function describedBy(hintId: string, errorId: string, hint?: string, error?: string) {
  return [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
}

export function FieldError({ id, message }: { id: string; message?: string | undefined }) {
  return message ? (
    <p id={id} role="alert" className="text-xs text-tone-danger-fg">
      {message}
    </p>
  ) : null;
}

export function NumberField({
  label,
  hint,
  error,
  value,
  onChange,
  min,
  max,
  placeholder,
  className,
}: Common & {
  value: number | null;
  onChange: (v: number | null) => void;
  min: number;
  max: number;
  placeholder?: string;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={className ?? "flex flex-col gap-1"}>
      <label htmlFor={id} className="text-xs font-medium text-fg">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={value ?? ""}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value === "" ? null : Number(e.target.value))}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-error`, hint, error)}
        className={`${INPUT} w-28 tabular`}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-fg-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function CheckboxField({
  label,
  hint,
  error,
  checked,
  onChange,
  disabled,
}: Common & { checked: boolean; onChange: (v: boolean) => void; disabled?: boolean }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="flex items-center gap-2 text-[0.8125rem] text-fg">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          onChange={(e) => onChange(e.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(`${id}-hint`, `${id}-error`, hint, error)}
        />
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-fg-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function SelectField<V extends string>({
  label,
  hint,
  error,
  value,
  options,
  onChange,
}: Common & { value: V; options: readonly { value: V; label: string }[]; onChange: (v: V) => void }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-fg">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(options.find((o) => o.value === e.target.value)?.value ?? value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-error`, hint, error)}
        className={INPUT}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-fg-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** The form's own outcome line: saved (status) or refused (alert). */
export function SaveStatus({ saved, error }: { saved: boolean; error: string | null }) {
  if (error)
    return (
      <p role="alert" className="text-xs text-tone-danger-fg">
        {error}
      </p>
    );
  return (
    <p role="status" className="text-xs text-fg-muted">
      {saved ? "Saved." : null}
    </p>
  );
}
