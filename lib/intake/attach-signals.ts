/**
 * Stores a batch of signals and attaches each to the one open case of its subject, opening (or re-opening, linked
 * to the decided one) cases as needed: signals, subjects, case counters and audit rows in ONE transaction, so a
 * pass killed at any point leaves either the whole batch or none of it. Idempotent on (source, sourceId): a batch
 * replayed after a crash, or raced by a second intake process, stores nothing twice.
 */
import type { Db, Tx } from "@/lib/db/client";

import { type IntakeAuditEvent, recordIntakeAuditEvents } from "./audit-batch";
import { CaseRaceError, openCasesFor } from "./open-cases";
import { refreshCases } from "./refresh-cases";

import type { AttachResult, IncomingSignal } from "./types";
import { insertSignals, upsertSubjects } from "./write-signals";

export type AttachOptions = { serverName: string; now?: () => Date };

const MAX_ATTEMPTS = 3;

export async function attachSignals(
  db: Db,
  batch: readonly IncomingSignal[],
  options: AttachOptions,
): Promise<AttachResult> {
  const unique = dedupe(batch);
  if (unique.length === 0)
    return { inserted: [], duplicates: batch.length, casesOpened: [], casesUpdated: [] };
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await db.$transaction((tx) => attachInTx(tx, unique, options), {
        timeout: 60_000,
        maxWait: 30_000,
      });
      return { ...result, duplicates: result.duplicates + (batch.length - unique.length) };
    } catch (error) {
      // A concurrent pass won a unique index race or a deadlock was broken: the retry sees its committed rows.
      if (attempt >= MAX_ATTEMPTS || !isRetryableRace(error)) throw error;
    }
  }
}

async function attachInTx(
  tx: Tx,
  signals: readonly IncomingSignal[],
  options: AttachOptions,
): Promise<AttachResult> {
  const now = options.now?.() ?? new Date();
  const subjectIds = await upsertSubjects(tx, signals, options.serverName);
  const inserted = await insertSignals(tx, signals, subjectIds);
  if (inserted.length === 0)
    return { inserted: [], duplicates: signals.length, casesOpened: [], casesUpdated: [] };

  const cases = await openCasesFor(
    tx,
    inserted.map((s) => s.subjectId),
    now,
  );
  const links = inserted.map((s) => {
    const found = cases.get(s.subjectId);
    if (!found) throw new CaseRaceError(`no case for subject ${s.subjectId}`);
    return { signalId: s.id, sourceId: s.sourceId, caseId: found.caseId };
  });
  await tx.$executeRaw`
    UPDATE signals SET case_id = t.case_id
    FROM unnest(${links.map((l) => l.signalId)}::text[], ${links.map((l) => l.caseId)}::text[]) AS t(id, case_id)
    WHERE signals.id = t.id AND signals.id = ANY(${links.map((l) => l.signalId)}::text[])`;
  await refreshCases(
    tx,
    links.map((l) => l.caseId),
    now,
  );

  // Audit last: the chain lock it takes is then held only for the final statements of the batch.
  const bySource = new Map(signals.map((s) => [s.sourceId, s]));
  const events = auditEvents(links, cases, bySource);
  await recordIntakeAuditEvents(tx, events);
  const opened = [...cases.values()].filter((c) => c.opened).map((c) => c.caseId);
  const updated = [...cases.values()].filter((c) => !c.opened).map((c) => c.caseId);
  return {
    inserted: links,
    duplicates: signals.length - inserted.length,
    casesOpened: opened,
    casesUpdated: updated,
  };
}

function auditEvents(
  links: { signalId: string; sourceId: string; caseId: string }[],
  cases: Map<string, { caseId: string; opened: boolean; previousCaseId: string | null }>,
  bySource: Map<string, IncomingSignal>,
): IntakeAuditEvent[] {
  const grouped = new Map<string, typeof links>();
  for (const link of links) grouped.set(link.caseId, [...(grouped.get(link.caseId) ?? []), link]);
  const caseInfo = new Map([...cases.values()].map((c) => [c.caseId, c]));
  return [...grouped.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([caseId, group]) => {
      const first = bySource.get(group[0]?.sourceId ?? "");
      const signalIds = group.slice(0, 100).map((l) => l.signalId);
      const source = first?.source ?? "MANUAL";
      const info = caseInfo.get(caseId);
      if (info?.opened && first) {
        return {
          type: "CASE_OPENED",
          caseId,
          data: {
            subjectKind: first.subject.kind,
            subjectKey: first.subject.key.slice(0, 1000),
            source,
            signalIds,
            signalCount: group.length,
            previousCaseId: info.previousCaseId,
          },
        };
      }
      return { type: "SIGNAL_ATTACHED", caseId, data: { source, signalIds, signalCount: group.length } };
    });
}

/** Within a batch the same source id may repeat (a page overlap); keep the first. */
function dedupe(batch: readonly IncomingSignal[]): IncomingSignal[] {
  const seen = new Set<string>();
  return batch.filter((s) => {
    const key = `${s.source}\u0000${s.sourceId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isRetryableRace(error: unknown): boolean {
  if (error instanceof CaseRaceError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  const text = `${typeof code === "string" ? code : ""} ${error instanceof Error ? error.message : ""}`;
  return /P2002|P2034|23505|40P01|40001|deadlock|unique constraint/i.test(text);
}
