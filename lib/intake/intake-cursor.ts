/**
 * Bookkeeping for one source run in its IntakeCursor row: when it ran, whether it worked, the running totals, and
 * the source's position. The position is written only after the work it covers has committed, so a crash between
 * the two makes the next pass redo (idempotently) rather than skip.
 */
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SignalSource } from "@/lib/generated/prisma/enums";

import { emptySummary, type SourceSummary } from "./types";

export type SourceOutcome = {
  summary: SourceSummary;
  /** New position; undefined keeps the old one. */
  cursor?: Prisma.InputJsonValue;
  /** False when the server lacks the API; the reason is shown on the intake status page. */
  available?: boolean;
  unavailableReason?: string;
};

export async function runWithCursor(
  db: Db,
  source: SignalSource,
  work: (cursor: unknown) => Promise<SourceOutcome>,
): Promise<{ summary: SourceSummary; failed: boolean }> {
  const startedAt = new Date();
  const row = await db.intakeCursor.upsert({
    where: { source },
    create: { source, lastRunAt: startedAt },
    update: { lastRunAt: startedAt },
  });
  let outcome: SourceOutcome;
  try {
    outcome = await work(row.cursor);
  } catch (error) {
    const summary = { ...emptySummary(), errors: 1 };
    await db.intakeCursor.update({
      where: { source },
      data: {
        lastError: describe(error).slice(0, 2000),
        lastErrorAt: new Date(),
        stats: addStats(row.stats, summary),
      },
    });
    return { summary, failed: true };
  }
  const available = outcome.available ?? true;
  await db.intakeCursor.update({
    where: { source },
    data: {
      ...(outcome.cursor !== undefined ? { cursor: outcome.cursor } : {}),
      available,
      unavailableReason: available ? null : (outcome.unavailableReason ?? null),
      lastSuccessAt: new Date(),
      stats: addStats(row.stats, outcome.summary),
    },
  });
  return { summary: outcome.summary, failed: false };
}

function addStats(previous: unknown, s: SourceSummary): Prisma.InputJsonValue {
  const p =
    previous && typeof previous === "object" && !Array.isArray(previous)
      ? (previous as Record<string, unknown>)
      : {};
  const n = (k: string) => (typeof p[k] === "number" ? p[k] : 0);
  return {
    fetched: n("fetched") + s.fetched,
    new: n("new") + s.new,
    duplicates: n("duplicates") + s.duplicates,
    errors: n("errors") + s.errors,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** The numeric field of a JSON cursor, or the fallback. */
export function cursorNumber(cursor: unknown, key: string, fallback = 0): number {
  const v = cursor && typeof cursor === "object" ? (cursor as Record<string, unknown>)[key] : undefined;
  return typeof v === "number" && Number.isFinite(v) ? v : fallback;
}
