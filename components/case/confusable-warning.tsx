import { Badge } from "@/components/ui/badge";
import { findConfusables } from "@/lib/render/confusables";

import { InertText } from "./inert-text";

/**
 * A warning next to a display name or room name that mixes Latin with Cyrillic/Greek look-alikes in one word, with
 * what it imitates and which characters are foreign, so "Аdmin" is caught before it is believed.
 */
export function ConfusableWarning({ value }: { value: string | null | undefined }) {
  if (!value) return null;
  const findings = findConfusables(value);
  if (findings.length === 0) return null;
  const detail = findings
    .map((f) => `“${f.token}” reads like “${f.readsAs}” but contains ${f.suspicious.map((s) => `${s.script} ${s.char} (${s.code})`).join(", ")}`)
    .join("; ");
  return (
    <span className="inline-flex min-w-0 flex-wrap items-center gap-1" data-confusable-warning="">
      <Badge tone="warning" title={detail}>
        Look-alike letters
      </Badge>
      <span className="text-xs text-fg-muted">
        reads like <InertText value={findings.map((f) => f.readsAs).join(" ")} className="font-medium text-fg" />
      </span>
    </span>
  );
}
