import type {
  AppealOutcome,
  AppealStatus,
  DecisionOutcome,
  SignalSource,
} from "@/lib/generated/prisma/enums";

export const SIGNAL_SOURCE_LABELS: Record<SignalSource, string> = {
  EVENT_REPORT: "Event reports",
  USER_REPORT: "User reports",
  ROOM_REPORT: "Room reports",
  POLICY_SERVER_WEBHOOK: "Policy server (webhook)",
  POLICY_SERVER_SOFT_FAIL: "Policy server (soft-failed events)",
  KEYWORD_SCAN: "Keyword scan",
  HASH_MATCH: "Hash match",
  MANUAL: "Manual",
};

export const DECISION_OUTCOME_LABELS: Record<DecisionOutcome, string> = {
  VIOLATION: "Violation",
  NO_VIOLATION: "No violation",
};

export const APPEAL_STATUS_LABELS: Record<AppealStatus, string> = {
  FILED: "Filed",
  IN_REVIEW: "In review",
  DECIDED: "Decided",
  WITHDRAWN: "Withdrawn",
};

export const APPEAL_OUTCOME_LABELS: Record<AppealOutcome, string> = {
  UPHELD: "Upheld",
  OVERTURNED: "Overturned",
  MODIFIED: "Modified",
};

export function labelOf<K extends string>(labels: Record<K, string>, key: K | string): string {
  return (labels as Record<string, string>)[key] ?? key;
}
