/**
 * Keyword lists for the proactive room scan: named lists of terms, each tied to one MSC4456 harm, stored as JSON in
 * the `Setting` row `intake.keyword_lists`. Bounded so one scan stays cheap and an audit row stays small: at most
 * 20 lists of 200 terms, each term 2-64 characters. Terms are kept as the admin typed them; matching folds case,
 * NFKC forms and invisible characters (lib/intake/keyword-scan.ts), so two terms that fold alike are refused as
 * duplicates. A list's `id` is stable across renames: it is part of each signal's source id.
 */
import { z } from "zod";

import { foldText } from "@/lib/intake/keyword-scan";
import { findPolicy } from "@/lib/policies/catalog";

export const KEYWORD_LISTS_KEY = "intake.keyword_lists";

export const KEYWORD_LIMITS = { lists: 20, termsPerList: 200, termMin: 2, termMax: 64, nameMax: 80 } as const;

const ZTerm = z
  .string()
  .trim()
  .min(KEYWORD_LIMITS.termMin, `Terms are at least ${KEYWORD_LIMITS.termMin} characters.`)
  .max(KEYWORD_LIMITS.termMax, `Terms are at most ${KEYWORD_LIMITS.termMax} characters.`)
  .refine((t) => foldText(t).length >= KEYWORD_LIMITS.termMin, "A term needs visible characters.");

export const ZKeywordList = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "List ids are lower-case letters, digits and dashes."),
  name: z.string().trim().min(1, "Give the list a name.").max(KEYWORD_LIMITS.nameMax),
  harmId: z.string().refine((id) => findPolicy(id) !== undefined, "Pick a harm from the policy catalog."),
  terms: z
    .array(ZTerm)
    .min(1, "Add at least one term.")
    .max(KEYWORD_LIMITS.termsPerList, `At most ${KEYWORD_LIMITS.termsPerList} terms per list.`)
    .refine(
      (terms) => new Set(terms.map(foldText)).size === terms.length,
      "Terms repeat (ignoring case and invisible characters).",
    ),
  enabled: z.boolean().default(true),
});
export type KeywordList = z.infer<typeof ZKeywordList>;

export const ZKeywordLists = z.strictObject({
  lists: z
    .array(ZKeywordList)
    .max(KEYWORD_LIMITS.lists, `At most ${KEYWORD_LIMITS.lists} lists.`)
    .refine((lists) => new Set(lists.map((l) => l.id)).size === lists.length, "List ids repeat.")
    .refine(
      (lists) => new Set(lists.map((l) => l.name.toLowerCase())).size === lists.length,
      "List names repeat.",
    ),
});
export type KeywordLists = z.infer<typeof ZKeywordLists>;

export const EMPTY_KEYWORD_LISTS: KeywordLists = { lists: [] };

/** A stored value; anything invalid means "no lists" (the scan then does nothing rather than guess). */
export function parseKeywordLists(value: unknown): KeywordLists {
  const parsed = ZKeywordLists.safeParse(value ?? EMPTY_KEYWORD_LISTS);
  return parsed.success ? parsed.data : EMPTY_KEYWORD_LISTS;
}
