/**
 * MSC4456 harm identifiers (as policyserv's `harms/ids_msc4456.go`), with the severity the demo uses to make
 * believable report volumes: lots of spam, a few child-safety reports.
 */
export const HARM_PREFIX = "org.matrix.msc4456";

export type Severity = "low" | "medium" | "high" | "critical";

export interface Harm {
  id: string;
  title: string;
  severity: Severity;
  /** Relative frequency in the demo's reports. */
  weight: number;
}

const h = (suffix: string, title: string, severity: Severity, weight: number): Harm => ({
  id: suffix === "" ? HARM_PREFIX : `${HARM_PREFIX}.${suffix}`,
  title,
  severity,
  weight,
});

export const HARMS: readonly Harm[] = [
  h("spam", "Spam: general", "low", 10),
  h("spam.fraud", "Spam: fraud / phishing", "medium", 9),
  h("spam.impersonation", "Spam: impersonation", "medium", 4),
  h("spam.election_interference", "Spam: election interference", "high", 1),
  h("spam.flooding", "Spam: flooding", "low", 6),
  h("adult", "Adult: general", "medium", 2),
  h("adult.sexual_abuse", "Adult: sexual abuse", "critical", 1),
  h("adult.ncii", "Adult: non-consensual intimate imagery", "critical", 1),
  h("adult.deepfake", "Adult: deepfake", "high", 1),
  h("adult.animal_sexual_abuse", "Adult: animal sexual abuse", "critical", 1),
  h("adult.sexual_violence", "Adult: sexual violence", "critical", 1),
  h("harassment", "Harassment: general", "medium", 5),
  h("harassment.trolling", "Harassment: trolling", "low", 5),
  h("harassment.targeted", "Harassment: targeted", "high", 4),
  h("harassment.hate", "Harassment: hate", "high", 4),
  h("harassment.doxxing", "Harassment: doxxing", "high", 2),
  h("violence", "Violence: general", "medium", 1),
  h("violence.animal_welfare", "Violence: animal welfare", "high", 1),
  h("violence.threats", "Violence: threats", "high", 3),
  h("violence.graphic", "Violence: graphic / gore", "high", 2),
  h("violence.glorification", "Violence: glorification", "high", 1),
  h("violence.extremist", "Violence: extremism", "critical", 1),
  h("violence.human_trafficking", "Violence: human trafficking", "critical", 1),
  h("violence.domestic", "Violence: domestic / intimate partner", "high", 1),
  h("child_safety", "Child safety: general", "critical", 1),
  h("child_safety.csam", "Child safety: CSAM", "critical", 1),
  h("child_safety.grooming", "Child safety: grooming", "critical", 1),
  h("child_safety.privacy_violation", "Child safety: privacy violation", "critical", 1),
  h("child_safety.harassment", "Child safety: harassment", "critical", 1),
  h("danger", "Danger: general", "medium", 1),
  h("danger.self_harm", "Danger: self-harm", "high", 2),
  h("danger.eating_disorder", "Danger: eating disorder", "high", 1),
  h("danger.challenges", "Danger: dangerous challenges", "medium", 1),
  h("danger.substance_abuse", "Danger: substance abuse", "medium", 1),
  h("tos", "Terms of service: general", "low", 2),
  h("tos.hacking", "Terms of service: hacking", "medium", 2),
  h("tos.prohibited", "Terms of service: prohibited content", "medium", 2),
  h("tos.ban_evasion", "Terms of service: ban evasion", "medium", 3),
  h("other", "Other", "low", 2),
];

/** Pick a harm with probability proportional to its weight, from a uniform draw in [0, 1). */
export function harmByWeight(u: number): Harm {
  const total = HARMS.reduce((sum, harm) => sum + harm.weight, 0);
  let x = u * total;
  for (const harm of HARMS) {
    x -= harm.weight;
    if (x < 0) return harm;
  }
  return HARMS[HARMS.length - 1] as Harm;
}

export const harmCategory = (harm: Harm) => harm.id.slice(HARM_PREFIX.length + 1).split(".")[0] ?? "other";

/** A harm by id; throws for ids outside the taxonomy (a typo in generator code should fail loudly). */
export function harmById(id: string): Harm {
  const harm = HARMS.find((h) => h.id === id);
  if (!harm) throw new Error(`unknown harm ${id}`);
  return harm;
}
