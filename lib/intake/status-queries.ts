/**
 * The intake status page: where each source stopped and how its last passes went, one row per IntakeCursor.
 * A source with no row has never run.
 */
import { db as defaultDb, type Db } from "@/lib/db/client";
import type { SignalSource } from "@/lib/generated/prisma/enums";

export type IntakeSourceStatus = {
  source: SignalSource;
  available: boolean;
  unavailableReason: string | null;
  lastRunAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  /** Running totals the intake keeps (fetched, new, duplicates, errors); only numeric entries are kept. */
  stats: Record<string, number>;
  /** Whether the last run failed (its error is newer than its last success). */
  failing: boolean;
};

export async function listIntakeStatus(database: Db = defaultDb()): Promise<IntakeSourceStatus[]> {
  const rows = await database.intakeCursor.findMany({ orderBy: { source: "asc" } });
  return rows.map((row) => ({
    source: row.source,
    available: row.available,
    unavailableReason: row.unavailableReason,
    lastRunAt: row.lastRunAt?.toISOString() ?? null,
    lastSuccessAt: row.lastSuccessAt?.toISOString() ?? null,
    lastError: row.lastError ? row.lastError.slice(0, 2000) : null,
    lastErrorAt: row.lastErrorAt?.toISOString() ?? null,
    stats: numericEntries(row.stats),
    failing: !!row.lastErrorAt && (!row.lastSuccessAt || row.lastErrorAt > row.lastSuccessAt),
  }));
}

function numericEntries(value: unknown): Record<string, number> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const out: Record<string, number> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === "number" && Number.isFinite(v)) out[key.slice(0, 40)] = v;
  }
  return out;
}
