import { caseBlastRadius } from "@/lib/blast-radius/case-blast-radius";
import { ZBlastRadiusRequest } from "@/lib/blast-radius/types";
import { parseInput, readJsonBody } from "@/lib/cases/claim-schemas";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError, withReviewer } from "@/lib/http/route";
import { synapseFromEnv } from "@/lib/synapse/from-env";

export const runtime = "nodejs";

type Context = { params: Promise<{ caseId: string }> };

function preview(caseId: string, readActions: () => Promise<unknown>) {
  return withReviewer({ permission: "case.read" }, async ({ reviewer }) => {
    const { actions } = parseInput(ZBlastRadiusRequest, { actions: (await readActions()) ?? [] }, "actions");
    const deps = { db: db(), synapse: synapseFromEnv(), localServerName: env().SYNAPSE_SERVER_NAME };
    return caseBlastRadius(deps, reviewer, { caseId, actions });
  });
}

// GET /api/v1/cases/<caseId>/blast-radius?actions=<JSON array> — what the planned actions would touch (read-only).
// Without `actions`, the widest actions the case's subject allows are previewed.
export async function GET(request: Request, context: Context) {
  const { caseId } = await context.params;
  const raw = new URL(request.url).searchParams.get("actions");
  return preview(caseId, async () => {
    if (!raw) return undefined;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      throw new AppError("BAD_REQUEST", "actions must be a JSON array of actions.");
    }
  })(request);
}

// POST /api/v1/cases/<caseId>/blast-radius with `{ actions: [...] }` — the same, for action lists too long for a URL.
export async function POST(request: Request, context: Context) {
  const { caseId } = await context.params;
  return preview(caseId, async () => (await readJsonBody(request)).actions)(request);
}
