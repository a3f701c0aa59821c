/**
 * Harm hints from a reporter's free text. Synapse reports carry no category, only a reason; a hint lets the queue
 * sort a likely child-safety or fraud report ahead of "spam". Deliberately conservative: whole words, few patterns,
 * and no match means "unknown", never a guess. A reviewer's decision names the policy; this only suggests.
 */
import { HARM_PREFIX } from "@/lib/policies/catalog";

const RULES: readonly { pattern: RegExp; harm: string }[] = [
  { pattern: /\b(csam|child (sexual )?abuse|child porn\w*|cp links?)\b/i, harm: "child_safety.csam" },
  { pattern: /\bgroom(ing|er|s)?\b/i, harm: "child_safety.grooming" },
  { pattern: /\b(ncii|revenge porn|non-?consensual (intimate|nude|image)\w*)\b/i, harm: "adult.ncii" },
  { pattern: /\bdeep ?fakes?\b/i, harm: "adult.deepfake" },
  { pattern: /\b(terroris[mt]\w*|extremis[mt]\w*)\b/i, harm: "violence.extremist" },
  { pattern: /\b(threat(s|en\w*)?|kill (you|him|her|them))\b/i, harm: "violence.threats" },
  { pattern: /\b(gore|graphic violence)\b/i, harm: "violence.graphic" },
  { pattern: /\b(self[- ]harm|suicid\w*)\b/i, harm: "danger.self_harm" },
  { pattern: /\b(dox(x)?(ing|ed)?|home address)\b/i, harm: "harassment.doxxing" },
  { pattern: /\b(hate speech|racis[mt]\w*|slurs?|nazi\w*)\b/i, harm: "harassment.hate" },
  { pattern: /\b(harass\w*|bully\w*|insult\w*|abusive)\b/i, harm: "harassment" },
  { pattern: /\b(scam\w*|phishing|fraud\w*|seed phrases?)\b/i, harm: "spam.fraud" },
  { pattern: /\b(impersonat\w*|pretending to be)\b/i, harm: "spam.impersonation" },
  { pattern: /\b(election|voting) (misinformation|date|fraud)\b/i, harm: "spam.election_interference" },
  { pattern: /\b(flood(ing)?|raid)\b/i, harm: "spam.flooding" },
  { pattern: /\b(malware|hack(ing|ed)?|stolen credentials)\b/i, harm: "tos.hacking" },
  { pattern: /\bban evasion\b/i, harm: "tos.ban_evasion" },
  { pattern: /\b(nsfw|explicit|porn\w*|sexual content)\b/i, harm: "adult" },
  { pattern: /\b(spam\w*|advertising|bot spam)\b/i, harm: "spam" },
];

/** Only this much of a reason is scanned: enough for any honest reason, and bounded work for a 1 MiB one. */
const SCAN_CHARS = 2000;

/** MSC4456 harm ids suggested by a report reason, most specific first; empty when nothing clearly matches. */
export function harmHintsFromReason(reason: string | null | undefined): string[] {
  if (!reason) return [];
  const text = reason.slice(0, SCAN_CHARS);
  const hits = RULES.filter((r) => r.pattern.test(text)).map((r) => `${HARM_PREFIX}.${r.harm}`);
  // A general category adds nothing when one of its sub-harms already matched ("spam" next to "spam.fraud").
  return hits.filter((id) => !hits.some((other) => other !== id && other.startsWith(`${id}.`)));
}
