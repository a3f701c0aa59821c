import { z } from "zod";

import { listAuditEvents, parseSeqCursor } from "@/lib/audit/queries";
import { withReviewer } from "@/lib/http/route";

const ZAuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Page backwards from this sequence number (exclusive): the previous page's `nextBeforeSeq`. */
  beforeSeq: z
    .string()
    .optional()
    .refine((v) => v === undefined || parseSeqCursor(v) !== undefined, "must be a sequence number")
    .transform((v) => parseSeqCursor(v)),
});

// GET /api/v1/audit-events?limit=&beforeSeq= — the audit log, newest first.
export const GET = withReviewer({ permission: "audit.read", query: ZAuditQuery }, ({ query }) =>
  listAuditEvents({ limit: query.limit, beforeSeq: query.beforeSeq }),
);
