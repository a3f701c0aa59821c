import { withReviewer } from "@/lib/http/route";
import { listReviewers } from "@/lib/reviewers/list-reviewers";

// GET /api/v1/reviewers — the roster (admins only).
export const GET = withReviewer({ permission: "reviewer.manage" }, async () => ({ items: await listReviewers() }));
