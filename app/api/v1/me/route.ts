import { withReviewer } from "@/lib/http/route";

// GET /api/v1/me — who the session or API token belongs to, and what it may do.
export const GET = withReviewer({ permission: "case.read" }, async ({ reviewer }) => ({
  id: reviewer.id,
  mxid: reviewer.mxid,
  displayName: reviewer.displayName,
  role: reviewer.role,
  childSafety: reviewer.childSafety,
  permissions: reviewer.permissions,
}));
