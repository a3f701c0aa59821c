import { db } from "@/lib/db/client";
import { withReviewer } from "@/lib/http/route";
import { exposureTotals } from "@/lib/media/exposure-totals";
import { ZExposureTotalsQuery } from "@/lib/media/schemas";

export const runtime = "nodejs";

// GET /api/v1/media/exposure?since=<ISO time> — previews and reveals per reviewer, for leads (default: 7 days).
export const GET = withReviewer({ permission: "exposure.read_all", query: ZExposureTotalsQuery }, async ({ reviewer, query }) => ({
  since: query.since.toISOString(),
  reviewers: await exposureTotals(db(), reviewer, query.since),
}));
