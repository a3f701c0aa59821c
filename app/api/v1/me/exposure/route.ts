import { db } from "@/lib/db/client";
import { withReviewer } from "@/lib/http/route";
import { exposureToday } from "@/lib/media/exposure-today";

export const runtime = "nodejs";

// GET /api/v1/me/exposure — today's previews and reveals (UTC day) against the reviewer's daily reveal budget.
export const GET = withReviewer({ permission: "case.read" }, ({ reviewer }) => exposureToday(db(), reviewer.id));
