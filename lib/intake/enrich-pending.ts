/** Enriches open cases not enriched yet, highest priority first, a few at a time. Returns how many it did. */
import type { Db } from "@/lib/db/client";
import type { Synapse } from "@/lib/synapse";

import { enrichCase } from "./enrich-case";
import { mapConcurrent } from "./map-concurrent";

export async function enrichPendingCases(options: {
  db: Db;
  synapse: Synapse;
  limit: number;
  serverName: string;
}): Promise<number> {
  const pending = await options.db.case.findMany({
    where: { enrichedAt: null, status: { in: ["OPEN", "ON_HOLD", "ESCALATED"] } },
    orderBy: [{ priority: "desc" }, { openedAt: "asc" }],
    take: options.limit,
    select: { id: true },
  });
  const done = await mapConcurrent(pending, 4, async ({ id }) => {
    try {
      await enrichCase(options.db, options.synapse, id, options.serverName);
      return 1;
    } catch {
      // Only the database write can fail here (lookups record their own errors); the next pass tries again.
      return 0;
    }
  });
  return done.reduce<number>((a, b) => a + b, 0);
}
