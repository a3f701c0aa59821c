/** Which of these source ids are already stored: one indexed query per page, before any detail is fetched. */
import type { Db } from "@/lib/db/client";
import type { SignalSource } from "@/lib/generated/prisma/enums";

export async function knownSourceIds(
  db: Db,
  source: SignalSource,
  sourceIds: readonly string[],
): Promise<Set<string>> {
  if (sourceIds.length === 0) return new Set();
  const rows = await db.$queryRaw<{ sourceId: string }[]>`
    SELECT source_id AS "sourceId" FROM signals
    WHERE source = ${source}::"SignalSource" AND source_id = ANY(${[...sourceIds]}::text[])`;
  return new Set(rows.map((r) => r.sourceId));
}
