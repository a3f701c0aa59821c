import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { CaseListItem } from "@/lib/cases/schemas";

export type CaseStatusValue = CaseListItem["status"];

export const CASE_STATUS_LABELS: Record<CaseStatusValue, string> = {
  OPEN: "Open",
  ON_HOLD: "On hold",
  ESCALATED: "Escalated",
  DECIDED: "Decided",
  APPEALED: "Appealed",
  APPEAL_DECIDED: "Appeal decided",
  CLOSED: "Closed",
};

// Calm by design: an escalation is worth a second look, not an alarm.
const TONES: Record<CaseStatusValue, BadgeTone> = {
  OPEN: "info",
  ON_HOLD: "neutral",
  ESCALATED: "warning",
  DECIDED: "success",
  APPEALED: "special",
  APPEAL_DECIDED: "success",
  CLOSED: "neutral",
};

export function CaseStatusBadge({ status }: { status: CaseStatusValue }) {
  return <Badge tone={TONES[status] ?? "neutral"}>{CASE_STATUS_LABELS[status] ?? status}</Badge>;
}

/** The queue's status filter: "open" (open, on hold, escalated — the API's default) or one status. */
export type QueueStatus = "open" | CaseStatusValue;

export const QUEUE_STATUS_OPTIONS: { value: QueueStatus; label: string }[] = [
  { value: "open", label: "Needs review (open, on hold, escalated)" },
  ...(Object.entries(CASE_STATUS_LABELS) as [CaseStatusValue, string][]).map(([value, label]) => ({
    value,
    label,
  })),
];

export function parseQueueStatus(value: string | string[] | undefined | null): QueueStatus {
  const v = Array.isArray(value) ? value[0] : value;
  return QUEUE_STATUS_OPTIONS.some((o) => o.value === v) ? (v as QueueStatus) : "open";
}
