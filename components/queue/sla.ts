/**
 * Service levels for the queue's age column. A case older than SLA_WARN_HOURS is "ageing" (amber), older than
 * SLA_BREACH_HOURS "overdue" (red). The words are always shown next to the colour, so the state never depends on
 * seeing colour.
 */
export const SLA_WARN_HOURS = 24;
export const SLA_BREACH_HOURS = 72;

export type SlaState = "ok" | "ageing" | "overdue";

export function slaState(openedAt: string, now: number): SlaState {
  const hours = (now - Date.parse(openedAt)) / 3_600_000;
  if (hours > SLA_BREACH_HOURS) return "overdue";
  if (hours > SLA_WARN_HOURS) return "ageing";
  return "ok";
}
