/**
 * Statement-of-reasons templates for the decision form, one per harm category plus a "no violation" one. The form
 * renders a template into plain text, the reviewer edits it, and the RENDERED text is what decideCase() stores and
 * the server notice carries: the record must say exactly what the user was told, not a template that may change.
 *
 * Every template covers what DSA Art. 17(3) asks of a statement of reasons: what was decided ({actions}), the facts
 * ({facts}), whether automated means were used ({automation}), the rule relied on ({policy}) and how to seek redress
 * ({appealUrl}; Art. 20 gives six months to file). Pure module: imported by the client form and by tests.
 */
import { HARM_PREFIX } from "@/lib/policies/catalog";

export const PLACEHOLDERS = ["policy", "facts", "actions", "automation", "appealUrl", "caseNumber"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type TemplateValues = Record<Placeholder, string>;

export type ReasonTemplate = {
  id: string;
  label: string;
  /** Harm category id (org.matrix.msc4456.<category>), "none" for no-violation, "any" for the generic fallback. */
  category: string;
  body: string;
};

const REDRESS =
  "If you think this decision is wrong, you can appeal within six months at {appealUrl}, quoting case {caseNumber}. " +
  "A different moderator will review your appeal.";

const violation = (rule: string) =>
  `We have taken action on your account: {actions}.\n\n` +
  `What happened: {facts}\n\n` +
  `This breaks our rules on ${rule} ({policy}).\n\n` +
  `{automation}\n\n${REDRESS}`;

export const REASON_TEMPLATES: readonly ReasonTemplate[] = [
  { id: "spam", label: "Spam", category: `${HARM_PREFIX}.spam`, body: violation("spam, scams and deceptive content") },
  { id: "adult", label: "Adult content", category: `${HARM_PREFIX}.adult`, body: violation("sexual content") },
  { id: "harassment", label: "Harassment", category: `${HARM_PREFIX}.harassment`, body: violation("harassment and abuse of other people") },
  { id: "violence", label: "Violence", category: `${HARM_PREFIX}.violence`, body: violation("violent content and threats") },
  { id: "child_safety", label: "Child safety", category: `${HARM_PREFIX}.child_safety`, body: violation("the safety of children") },
  { id: "danger", label: "Dangerous behaviour", category: `${HARM_PREFIX}.danger`, body: violation("dangerous and harmful behaviour") },
  { id: "tos", label: "Terms of service", category: `${HARM_PREFIX}.tos`, body: violation("the terms of service of this server") },
  { id: "other", label: "Other violation", category: "any", body: violation("acceptable use") },
  {
    id: "no_violation",
    label: "No violation",
    category: "none",
    body:
      "We reviewed a report about you and found that it does not break our rules (case {caseNumber}). {actions}\n\n" +
      "{automation}",
  },
];

/** The templates that fit a policy (its category's first, then the generic one); "none" for no violation. */
export function templatesFor(policyId: string | null): ReasonTemplate[] {
  if (!policyId) return REASON_TEMPLATES.filter((t) => t.category === "none");
  const category = policyCategory(policyId);
  const own = REASON_TEMPLATES.filter((t) => t.category === category);
  return [...own, ...REASON_TEMPLATES.filter((t) => t.category === "any")];
}

/** org.matrix.msc4456.harassment.targeted -> org.matrix.msc4456.harassment */
export function policyCategory(policyId: string): string {
  if (!policyId.startsWith(`${HARM_PREFIX}.`)) return policyId;
  const rest = policyId.slice(HARM_PREFIX.length + 1);
  return `${HARM_PREFIX}.${rest.split(".")[0] ?? rest}`;
}

/**
 * Fills {placeholders} in one pass, so a value that itself contains "{facts}" (the reviewer's own facts text) is
 * never expanded again. Unknown placeholders are left as written for the reviewer to notice and fix.
 */
export function renderTemplate(body: string, values: TemplateValues): string {
  return body.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) =>
    (PLACEHOLDERS as readonly string[]).includes(name) ? values[name as Placeholder] : whole,
  );
}

/** Placeholders still present in a text, e.g. an unfilled {facts} the reviewer should replace before sending. */
export function unfilledPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1] ?? ""))].filter((n) =>
    (PLACEHOLDERS as readonly string[]).includes(n),
  );
}

/** Art. 17(3)(c): say whether detection or decision used automated means. Decisions here are always human. */
export function automationSentence(detectedAutomatically: boolean): string {
  return detectedAutomatically
    ? "This was first flagged by automated detection; a person reviewed it and made this decision."
    : "This was reported by people on the network; a person reviewed it and made this decision. No automated decision-making was used.";
}
