import { type KeywordList, type KeywordLists, ZKeywordList } from "@/lib/settings/keyword-lists";

import type { ListDraft, ListErrors } from "./keyword-list-fields";

export const toDraft = (l: KeywordList): ListDraft => ({
  id: l.id,
  name: l.name,
  harmId: l.harmId,
  termsText: l.terms.join("\n"),
  enabled: l.enabled,
});

/** A new list's id: stable across renames (it is part of every signal's source id), so not derived from the name. */
export const newListId = () => `list-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

const termsOf = (text: string) =>
  text
    .split("\n")
    .map((t) => t.trim())
    .filter(Boolean);

/** Validates the drafts with the server's own schema, so most mistakes show next to their field before saving. */
export function fromDrafts(drafts: ListDraft[]): { body: KeywordLists; errors: ListErrors[]; ok: boolean } {
  const errors: ListErrors[] = [];
  const lists: KeywordList[] = [];
  for (const d of drafts) {
    const parsed = ZKeywordList.safeParse({
      id: d.id,
      name: d.name,
      harmId: d.harmId,
      terms: termsOf(d.termsText),
      enabled: d.enabled,
    });
    const e: ListErrors = {};
    if (parsed.success) lists.push(parsed.data);
    else
      for (const issue of parsed.error.issues) {
        const key = issue.path[0];
        if ((key === "name" || key === "harmId" || key === "terms") && !e[key]) {
          e[key] =
            issue.path.length > 1 ? `Term ${Number(issue.path[1]) + 1}: ${issue.message}` : issue.message;
        }
      }
    errors.push(e);
  }
  return { body: { lists }, errors, ok: errors.every((e) => Object.keys(e).length === 0) };
}
