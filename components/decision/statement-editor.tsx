"use client";

import { PLACEHOLDERS, type ReasonTemplate } from "@/lib/cases/reason-templates";

import { Button } from "@/components/ui/button";

/**
 * The statement of reasons the user receives (DSA Art. 17): a template per harm category, filled from the facts the
 * reviewer writes and the actions ticked, then freely editable. What the textarea shows is exactly what is stored
 * and sent; "Use the template again" drops the reviewer's edits.
 */
export function StatementEditor({
  templates,
  templateId,
  onTemplate,
  facts,
  onFacts,
  statement,
  onStatement,
  edited,
  onReset,
}: {
  templates: ReasonTemplate[];
  templateId: string;
  onTemplate: (id: string) => void;
  facts: string;
  onFacts: (facts: string) => void;
  statement: string;
  onStatement: (text: string) => void;
  edited: boolean;
  onReset: () => void;
}) {
  return (
    <div className="space-y-2">
      {templates.length > 1 ? (
        <div className="space-y-1">
          <label htmlFor="decision-template" className="block text-xs text-fg-muted">
            Template
          </label>
          <select
            id="decision-template"
            value={templateId || templates[0]?.id}
            onChange={(e) => onTemplate(e.target.value)}
            className="h-8 w-full rounded-md border border-line-strong bg-surface px-2 text-sm text-fg"
          >
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="space-y-1">
        <label htmlFor="decision-facts" className="block text-sm font-medium text-fg">
          Facts
        </label>
        <textarea
          id="decision-facts"
          value={facts}
          onChange={(e) => onFacts(e.target.value)}
          rows={2}
          maxLength={2000}
          placeholder="What the user did, where and when, in plain words"
          className="w-full rounded-md border border-line-strong bg-surface px-2 py-1 text-sm text-fg"
        />
      </div>
      <div className="space-y-1">
        <div className="flex items-center justify-between gap-2">
          <label htmlFor="decision-statement" className="block text-sm font-medium text-fg">
            Statement of reasons
          </label>
          {edited ? (
            <Button size="sm" variant="ghost" onClick={onReset}>
              Use the template again
            </Button>
          ) : null}
        </div>
        <textarea
          id="decision-statement"
          value={statement}
          onChange={(e) => onStatement(e.target.value)}
          rows={9}
          maxLength={5000}
          aria-describedby="decision-statement-hint"
          className="w-full rounded-md border border-line-strong bg-surface px-2 py-1 text-sm text-fg"
        />
        <p id="decision-statement-hint" className="text-xs text-fg-muted">
          Sent to the user as written. Placeholders {PLACEHOLDERS.map((p) => `{${p}}`).join(" ")} fill in while you
          have not edited the text.
        </p>
      </div>
    </div>
  );
}
