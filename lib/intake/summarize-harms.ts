/**
 * What a case's harm ids add up to: the highest severity, the harm named most often (the suggested policy) and
 * whether any is a child-safety harm. Unknown ids (a newer policyserv, a typo in a keyword list) are kept on the
 * signal but ignored here, since only catalog policies can be suggested.
 */
import { findPolicy } from "@/lib/policies/catalog";

export type HarmSummary = { severity: number; suggestedPolicyId: string | null; childSafety: boolean };

export function summarizeHarms(harmIds: readonly string[]): HarmSummary {
  const counts = new Map<string, number>();
  let severity = 0;
  let childSafety = false;
  for (const id of harmIds) {
    const policy = findPolicy(id);
    if (!policy) continue;
    counts.set(id, (counts.get(id) ?? 0) + 1);
    severity = Math.max(severity, policy.severity);
    childSafety ||= policy.childSafety;
  }
  let suggestedPolicyId: string | null = null;
  let best = -1;
  for (const [id, count] of counts) {
    // Most named wins; among equals, the more severe one, so a single CSAM hint is not hidden by two spam ones.
    const score = count * 10 + (findPolicy(id)?.severity ?? 0);
    if (score > best || (score === best && id < (suggestedPolicyId ?? ""))) {
      best = score;
      suggestedPolicyId = id;
    }
  }
  return { severity, suggestedPolicyId, childSafety };
}
