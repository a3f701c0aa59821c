/**
 * withReviewer (route.ts) for handlers that answer with bytes (media) rather than JSON: the same authentication,
 * permission check (401/403), zod validation and error bodies, but the handler's Response is passed through
 * untouched so it keeps its own Content-Type, Content-Disposition and CSP.
 *
 * Two extra rules, because these routes expose media: a browser request from another site is refused
 * (`Sec-Fetch-Site`), so a link in a report cannot make a reviewer's browser fetch or reveal media, and a JSON body
 * must be declared as JSON (which forces a CORS preflight) and stay small.
 */
import "server-only";

import { z } from "zod";

import type { Permission } from "@/lib/auth/permissions";
import type { CurrentReviewer } from "@/lib/auth/types";

import { apiErrorResponse, authorizeApiRequest, jsonError } from "./route";

const MAX_BODY_BYTES = 8 * 1024;

type Ctx<Q, B> = { reviewer: CurrentReviewer; query: Q; body: B; request: Request };

export function withReviewerBinary<
  QS extends z.ZodType = z.ZodObject<Record<string, never>>,
  BS extends z.ZodType = z.ZodUndefined,
>(
  options: { permission: Permission; query?: QS; body?: BS },
  handler: (ctx: Ctx<z.infer<QS>, z.infer<BS>>) => Promise<Response>,
) {
  return async (request: Request): Promise<Response> => {
    try {
      const site = request.headers.get("sec-fetch-site");
      if (site && site !== "same-origin" && site !== "none") {
        return jsonError("FORBIDDEN", "Media is served to the console's own pages only.", 403);
      }
      const { reviewer, response } = await authorizeApiRequest(options.permission);
      if (response) return response;
      const querySchema: z.ZodType = options.query ?? z.object({});
      const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!query.success) {
        return jsonError("BAD_REQUEST", "Invalid query parameters.", 400, z.flattenError(query.error).fieldErrors);
      }
      let body: unknown = undefined;
      if (options.body) {
        const raw = await readJsonBody(request);
        if (!raw.ok) return jsonError("BAD_REQUEST", raw.message, 400);
        const parsed = options.body.safeParse(raw.value);
        if (!parsed.success) {
          return jsonError("BAD_REQUEST", "Invalid request body.", 400, z.flattenError(parsed.error).fieldErrors);
        }
        body = parsed.data;
      }
      return await handler({ reviewer, query: query.data as z.infer<QS>, body: body as z.infer<BS>, request });
    } catch (error) {
      return apiErrorResponse(error, request, { details: true });
    }
  };
}

async function readJsonBody(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) {
    return { ok: false, message: "Send the body as application/json." };
  }
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return { ok: false, message: "Body too large." };
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return { ok: false, message: "Body too large." };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, message: "The body is not valid JSON." };
  }
}
