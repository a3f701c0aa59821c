import { findPolicy } from "@/lib/policies/catalog";

/** The suggested harm as a person reads it ("Fraud"), with the MSC4456 id in the title. */
export function HarmLabel({ policyId }: { policyId: string | null }) {
  if (!policyId) return <span className="text-fg-subtle">Not yet known</span>;
  const policy = findPolicy(policyId);
  return (
    <span className="block truncate" title={policyId}>
      {policy?.label ?? policyId.replace(/^org\.matrix\.msc4456\./, "")}
    </span>
  );
}
