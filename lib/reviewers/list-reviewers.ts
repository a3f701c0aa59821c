import type { Db } from "@/lib/db/client";
import { db as defaultDb } from "@/lib/db/client";

export async function listReviewers(database: Db = defaultDb()) {
  return database.reviewer.findMany({
    orderBy: [{ deactivatedAt: { sort: "asc", nulls: "first" } }, { role: "desc" }, { mxid: "asc" }],
    select: {
      id: true,
      mxid: true,
      displayName: true,
      role: true,
      childSafety: true,
      deactivatedAt: true,
      lastSignInAt: true,
      createdAt: true,
    },
  });
}
