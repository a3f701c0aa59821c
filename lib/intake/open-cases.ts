/**
 * Finds or opens the one open case of each subject. The partial unique index "cases_one_open_per_subject" (init
 * migration) is the arbiter: a concurrent batch that opened the case first makes our INSERT do nothing, and the
 * re-read after it sees the winner's row, because ON CONFLICT waited for that transaction to commit.
 */
import { randomUUID } from "node:crypto";

import type { Tx } from "@/lib/db/client";

export type CaseForSubject = { caseId: string; opened: boolean; previousCaseId: string | null };

export async function openCasesFor(
  tx: Tx,
  subjectIds: readonly string[],
  now: Date,
): Promise<Map<string, CaseForSubject>> {
  const ids = [...new Set(subjectIds)].sort();
  const result = new Map<string, CaseForSubject>();
  for (const row of await findOpen(tx, ids))
    result.set(row.subjectId, { caseId: row.id, opened: false, previousCaseId: null });
  const missing = ids.filter((id) => !result.has(id));
  if (missing.length === 0) return result;

  // A subject whose last case was decided gets a new case that points back at it.
  const previous = await tx.$queryRaw<{ id: string; subjectId: string }[]>`
    SELECT DISTINCT ON (subject_id) id, subject_id AS "subjectId" FROM cases
    WHERE subject_id = ANY(${missing}::text[]) ORDER BY subject_id, number DESC`;
  const previousOf = new Map(previous.map((p) => [p.subjectId, p.id]));
  const created = await tx.$queryRaw<{ id: string; subjectId: string }[]>`
    INSERT INTO cases (id, subject_id, previous_case_id, opened_at, last_signal_at, updated_at)
    SELECT t.id, t.subject_id, t.previous_id, ${now}::timestamptz, ${now}::timestamptz, ${now}::timestamptz
    FROM unnest(${missing.map(() => randomUUID())}::text[], ${missing}::text[], ${missing.map((id) => previousOf.get(id) ?? null)}::text[])
      AS t(id, subject_id, previous_id)
    ON CONFLICT DO NOTHING
    RETURNING id, subject_id AS "subjectId"`;
  for (const row of created) {
    result.set(row.subjectId, {
      caseId: row.id,
      opened: true,
      previousCaseId: previousOf.get(row.subjectId) ?? null,
    });
  }
  const lost = missing.filter((id) => !result.has(id));
  if (lost.length > 0) {
    for (const row of await findOpen(tx, lost))
      result.set(row.subjectId, { caseId: row.id, opened: false, previousCaseId: null });
  }
  const stillMissing = missing.filter((id) => !result.has(id));
  if (stillMissing.length > 0)
    throw new CaseRaceError(`no open case could be found or opened for ${stillMissing.length} subject(s)`);
  return result;
}

function findOpen(tx: Tx, subjectIds: readonly string[]) {
  return tx.$queryRaw<{ id: string; subjectId: string }[]>`
    SELECT id, subject_id AS "subjectId" FROM cases
    WHERE subject_id = ANY(${subjectIds}::text[]) AND status IN ('OPEN', 'ON_HOLD', 'ESCALATED')
    ORDER BY id FOR UPDATE`;
}

/** A concurrent writer changed the cases between our statements; the whole batch is retried. */
export class CaseRaceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CaseRaceError";
  }
}
