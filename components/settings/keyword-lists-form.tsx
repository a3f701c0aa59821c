"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";
import { HARM_PREFIX } from "@/lib/policies/catalog";
import { KEYWORD_LIMITS, type KeywordLists } from "@/lib/settings/keyword-lists";

import { SaveStatus } from "./fields";
import { type ListDraft, type ListErrors, KeywordListFields } from "./keyword-list-fields";
import { fromDrafts, newListId, toDraft } from "./keyword-lists-draft";
import { useSaveSettings } from "./use-save-settings";

/** The keyword lists the proactive scan matches room names and topics against (admins). */
export function KeywordListsForm({ initial }: { initial: KeywordLists }) {
  const [drafts, setDrafts] = useState<ListDraft[]>(() => initial.lists.map(toDraft));
  const [errors, setErrors] = useState<ListErrors[]>([]);
  const save = useSaveSettings<KeywordLists>("/api/v1/settings/keyword-lists");
  const patch = (i: number, p: Partial<ListDraft>) =>
    setDrafts((ds) => ds.map((d, j) => (j === i ? { ...d, ...p } : d)));
  return (
    <form
      className="space-y-4 p-4"
      aria-label="Keyword lists"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const built = fromDrafts(drafts);
        setErrors(built.errors);
        if (built.ok) save.save(built.body);
      }}
    >
      {drafts.length === 0 ? (
        <p className="text-[0.8125rem] text-fg-muted">No lists yet: the room scan is idle.</p>
      ) : null}
      {drafts.map((d, i) => (
        <KeywordListFields
          key={d.id}
          draft={d}
          errors={errors[i] ?? {}}
          onChange={(p) => patch(i, p)}
          onRemove={() => {
            setDrafts((ds) => ds.filter((_, j) => j !== i));
            setErrors((es) => es.filter((_, j) => j !== i));
          }}
        />
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <Button
          disabled={drafts.length >= KEYWORD_LIMITS.lists}
          onClick={() =>
            setDrafts((ds) => [
              ...ds,
              {
                id: newListId(),
                name: "",
                harmId: `${HARM_PREFIX}.spam.fraud`,
                termsText: "",
                enabled: true,
              },
            ])
          }
        >
          Add a list
        </Button>
        <Button type="submit" variant="primary" pending={save.pending}>
          Save keyword lists
        </Button>
        <SaveStatus
          saved={save.saved}
          error={
            errors.some((e) => Object.keys(e).length > 0)
              ? "Some lists need fixing; see the messages above."
              : save.message
          }
        />
      </div>
    </form>
  );
}
