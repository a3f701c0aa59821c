import { z } from "zod";

import { db } from "@/lib/db/client";
import { listFailedActions } from "@/lib/enforcement/list-failed-actions";
import { withReviewer } from "@/lib/http/route";

export const runtime = "nodejs";

const ZQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).optional(), cursor: z.string().max(400).optional() });

// GET /api/v1/enforcement/failed?limit=&cursor= — failed enforcement actions, newest failure first (leads).
export const GET = withReviewer({ permission: "enforcement.retry", query: ZQuery }, ({ reviewer, query }) =>
  listFailedActions(db(), reviewer, query),
);
