/**
 * withReviewer (route.ts) for JSON writes: the same authentication (session or API token), permission check
 * (401/403) and error bodies, plus a validated JSON body. A sibling rather than an option on withReviewer so the
 * GET routes keep exactly their behaviour.
 *
 * Writes add two rules. A browser request from another site is refused (`Sec-Fetch-Site`): session cookies would
 * otherwise let any page a reviewer visits make decisions in their name. And the body must be declared as JSON
 * (which forces a CORS preflight on cross-origin requests) and stay under `maxBytes` (a declared Content-Length is
 * refused before reading). AppError details (e.g. the permissions a decision lacks) are passed on to the client.
 */
import "server-only";

import { NextResponse } from "next/server";
import { z } from "zod";

import type { Permission } from "@/lib/auth/permissions";
import type { CurrentReviewer } from "@/lib/auth/types";

import { apiErrorResponse, authorizeApiRequest, jsonError } from "./route";

const DEFAULT_MAX_BYTES = 16 * 1024;

type Ctx<B> = { reviewer: CurrentReviewer; body: B; request: Request };

export function withReviewerBody<BS extends z.ZodType>(
  options: { permission: Permission; body: BS; maxBytes?: number; status?: number },
  handler: (ctx: Ctx<z.output<BS>>) => Promise<unknown>,
) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  return async (request: Request): Promise<NextResponse> => {
    try {
      const site = request.headers.get("sec-fetch-site");
      if (site && site !== "same-origin" && site !== "none") {
        return jsonError("FORBIDDEN", "Writes are accepted from the console's own pages only.", 403);
      }
      const { reviewer, response } = await authorizeApiRequest(options.permission);
      if (response) return response;
      const raw = await readJson(request, maxBytes);
      if (!raw.ok) return jsonError("BAD_REQUEST", raw.message, raw.status);
      const parsed = options.body.safeParse(raw.value);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`);
        return jsonError("BAD_REQUEST", `Invalid request body: ${issues.slice(0, 5).join("; ")}`, 400, {
          fieldErrors: z.flattenError(parsed.error).fieldErrors,
        });
      }
      const result = await handler({ reviewer, body: parsed.data, request });
      return NextResponse.json(result, { status: options.status ?? 200, headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      return apiErrorResponse(error, request, { details: true });
    }
  };
}

type Read = { ok: true; value: unknown } | { ok: false; status: number; message: string };

async function readJson(request: Request, maxBytes: number): Promise<Read> {
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) {
    return { ok: false, status: 415, message: "Send the body as application/json." };
  }
  const tooLarge: Read = { ok: false, status: 413, message: `The body is larger than ${maxBytes} bytes.` };
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return tooLarge;
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) return tooLarge;
  if (!text.trim()) return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, message: "The body is not valid JSON." };
  }
}
