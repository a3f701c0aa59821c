import { POLICY_CATALOG } from "@/lib/policies/catalog";

import type { PolicyGroup } from "./types";

/**
 * MSC4456 harms grouped by category; child-safety harms only for qualified reviewers (they route cases to them).
 * Pure (the catalog is static), so the case page's server-built form and the queue's bulk panel share it.
 */
export function policyGroups(childSafety: boolean): PolicyGroup[] {
  const groups = new Map<string, PolicyGroup>();
  for (const p of POLICY_CATALOG) {
    if (p.childSafety && !childSafety) continue;
    const group = groups.get(p.category) ?? { category: p.category, label: "", policies: [] };
    if (p.id === p.category) group.label = p.label.replace(/ \(general\)$/, "");
    group.policies.push({ id: p.id, label: p.label, severity: p.severity, description: p.description });
    groups.set(p.category, group);
  }
  return [...groups.values()];
}
