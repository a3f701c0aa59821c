import { HARM_PREFIX, POLICY_CATALOG } from "@/lib/policies/catalog";

/** Harm choices for selects: full MSC4456 ids (keyword lists) or the short keys the preview rules use. */
export const HARM_OPTIONS = POLICY_CATALOG.map((p) => ({ value: p.id, label: p.label }));

export const shortHarmId = (id: string) =>
  id.startsWith(`${HARM_PREFIX}.`) ? id.slice(HARM_PREFIX.length + 1) : id;

export const HARM_RULE_OPTIONS = POLICY_CATALOG.map((p) => ({ value: shortHarmId(p.id), label: p.label }));

export const harmLabel = (key: string) => HARM_RULE_OPTIONS.find((o) => o.value === key)?.label ?? key;
