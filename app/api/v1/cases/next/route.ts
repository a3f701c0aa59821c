import { claimNextCase } from "@/lib/cases/claim-next-case";
import { claimActor } from "@/lib/cases/claim-schemas";
import { db } from "@/lib/db/client";
import { withReviewer } from "@/lib/http/route";

// POST /api/v1/cases/next — claim the highest-priority open case you may see (or get back the one you hold).
export const POST = withReviewer({ permission: "case.claim" }, ({ reviewer, request }) =>
  claimNextCase(db(), {}, claimActor(reviewer, request)),
);
