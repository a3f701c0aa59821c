import { listCases } from "@/lib/cases/list-cases";
import { ZListCasesQuery } from "@/lib/cases/schemas";
import { withReviewer } from "@/lib/http/route";

// GET /api/v1/cases?status=open&limit=50&cursor=… — the queue, highest priority first.
export const GET = withReviewer({ permission: "case.read", query: ZListCasesQuery }, ({ reviewer, query }) =>
  listCases(reviewer, query),
);
