"use client";

import { useId } from "react";

import { Button } from "@/components/ui/button";
import { KEYWORD_LIMITS } from "@/lib/settings/keyword-lists";

import { CheckboxField, FieldError, SelectField } from "./fields";
import { HARM_OPTIONS } from "./harm-options";

export type ListDraft = { id: string; name: string; harmId: string; termsText: string; enabled: boolean };
export type ListErrors = Partial<Record<"name" | "harmId" | "terms", string>>;

/** One keyword list: name, harm, terms one per line, on/off. */
export function KeywordListFields({
  draft,
  errors,
  onChange,
  onRemove,
}: {
  draft: ListDraft;
  errors: ListErrors;
  onChange: (patch: Partial<ListDraft>) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const title = draft.name.trim() || "New list";
  return (
    <fieldset className="space-y-3 rounded-md border border-line p-3">
      <legend className="px-1 text-xs font-semibold text-fg">{title}</legend>
      <div className="flex flex-wrap items-start gap-4">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-name`} className="text-xs font-medium text-fg">
            List name
          </label>
          <input
            id={`${id}-name`}
            value={draft.name}
            maxLength={KEYWORD_LIMITS.nameMax}
            onChange={(e) => onChange({ name: e.target.value })}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? `${id}-name-error` : undefined}
            className="h-8 w-64 rounded-md border border-line-strong bg-surface px-2 text-[0.8125rem]"
          />
          <FieldError id={`${id}-name-error`} message={errors.name} />
        </div>
        <SelectField
          label="Harm"
          value={draft.harmId}
          options={HARM_OPTIONS}
          error={errors.harmId}
          onChange={(harmId) => onChange({ harmId })}
        />
        <div className="pt-5">
          <CheckboxField
            label="Scan with this list"
            checked={draft.enabled}
            onChange={(enabled) => onChange({ enabled })}
          />
        </div>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-terms`} className="text-xs font-medium text-fg">
          Terms, one per line
        </label>
        <textarea
          id={`${id}-terms`}
          rows={5}
          value={draft.termsText}
          spellCheck={false}
          onChange={(e) => onChange({ termsText: e.target.value })}
          aria-invalid={errors.terms ? true : undefined}
          aria-describedby={`${id}-terms-hint${errors.terms ? ` ${id}-terms-error` : ""}`}
          className="w-full max-w-xl rounded-md border border-line-strong bg-surface px-2 py-1 font-mono text-[0.8125rem]"
        />
        <p id={`${id}-terms-hint`} className="text-xs text-fg-muted">
          Whole words, any case. Fullwidth letters and invisible characters are folded, so evasions still
          match. Up to {KEYWORD_LIMITS.termsPerList} terms of {KEYWORD_LIMITS.termMin}–
          {KEYWORD_LIMITS.termMax} characters.
        </p>
        <FieldError id={`${id}-terms-error`} message={errors.terms} />
      </div>
      <Button size="sm" variant="ghost" onClick={onRemove}>
        Remove {title}
      </Button>
    </fieldset>
  );
}
