/**
 * Case priority: a pure function so the queue order can be explained and tested. Severity dominates (a single
 * child-safety report outranks many spam reports); distinct reporters and their track record move a case within its
 * severity band; age lifts cases that have waited. Weights are deliberately coarse: reviewers should be able to
 * predict the order, and ties fall back to "oldest first" in the queue index.
 */

export type ReporterHistory = {
  /** Earlier reports by this reporter on cases whose latest decision found a violation. */
  actioned: number;
  /** ...and on cases decided "no violation". */
  dismissed: number;
};

export type PriorityInput = {
  /** Highest harm severity signalled (0 = unknown, 1..5 as in the policy catalog). */
  severity: number;
  childSafety: boolean;
  distinctReporters: number;
  /** One entry per distinct reporter; reporters without history may be omitted. */
  reporterHistory: readonly ReporterHistory[];
  /** How long the case has been open. */
  ageHours: number;
};

/** Unknown severity ranks like "low", not below it: an uncategorised report may still be serious. */
const UNKNOWN_SEVERITY = 1.5;

export function computePriority(input: PriorityInput): number {
  const severity = input.severity > 0 ? Math.min(5, input.severity) : UNKNOWN_SEVERITY;
  const severityPoints = severity * 100;
  const childSafetyPoints = input.childSafety ? 100 : 0;
  // Diminishing returns: the tenth reporter matters less than the second, and a brigade cannot outrank severity.
  const reporterPoints = Math.min(60, Math.round(25 * Math.log2(1 + Math.max(0, input.distinctReporters))));
  const trustPoints = Math.max(
    -30,
    Math.min(30, Math.round(input.reporterHistory.reduce((sum, h) => sum + trust(h), 0))),
  );
  const agePoints = Math.min(40, Math.floor(Math.max(0, input.ageHours) / 6));
  return Math.round(severityPoints + childSafetyPoints + reporterPoints + trustPoints + agePoints);
}

/**
 * -10..+10 per reporter from their record, with a Laplace prior so one outcome does not swing it: a reporter whose
 * reports were mostly actioned adds weight, one whose reports were mostly dismissed takes some away.
 */
function trust(h: ReporterHistory): number {
  const decided = Math.max(0, h.actioned) + Math.max(0, h.dismissed);
  if (decided === 0) return 0;
  const rate = (Math.max(0, h.actioned) + 1) / (decided + 2);
  const confidence = Math.min(1, decided / 5);
  return (rate - 0.5) * 20 * confidence;
}
