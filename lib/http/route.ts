/**
 * The one wrapper for JSON route handlers under /api/v1: authenticates (session or API token), checks the
 * declared permission (401 when signed out, 403 when forbidden), validates input with zod, and turns errors into
 * JSON bodies `{ error: { code, message } }`. Unexpected errors are logged and answered generically, so internals
 * never reach a client.
 */
import "server-only";

import { NextResponse } from "next/server";
import { z } from "zod";

import { can, type Permission } from "@/lib/auth/permissions";
import { getCurrentReviewer } from "@/lib/auth/session";
import type { CurrentReviewer } from "@/lib/auth/types";
import { AppError, type AppErrorCode, isAppError } from "@/lib/errors";

type Handler<Q> = (ctx: { reviewer: CurrentReviewer; query: Q; request: Request }) => Promise<unknown>;

export function jsonError(code: AppErrorCode, message: string, status: number, details?: unknown): NextResponse {
  return NextResponse.json({ error: { code, message, ...(details ? { details } : {}) } }, { status });
}

/** The checks every API entry point starts with: signed in (else 401), and allowed (else 403). */
export async function authorizeApiRequest(
  permission: Permission,
): Promise<{ reviewer: CurrentReviewer; response?: never } | { reviewer?: never; response: NextResponse }> {
  const reviewer = await getCurrentReviewer();
  if (!reviewer) return { response: jsonError("UNAUTHENTICATED", "Sign in or send a valid API token.", 401) };
  if (!can(reviewer, permission)) {
    return { response: jsonError("FORBIDDEN", `Your role may not do this (needs ${permission}).`, 403) };
  }
  return { reviewer };
}

/** An AppError becomes its status and message; anything else is logged and answered generically. */
export function apiErrorResponse(error: unknown, request: Request, options: { details: boolean }): NextResponse {
  if (isAppError(error)) {
    return jsonError(error.code, error.message, error.status, options.details ? error.details : undefined);
  }
  console.error("Unhandled error in API route", request.method, new URL(request.url).pathname, error);
  return NextResponse.json({ error: { code: "INTERNAL", message: "Something went wrong on the server." } }, { status: 500 });
}

export function withReviewer<S extends z.ZodType = z.ZodObject<Record<string, never>>>(
  options: { permission: Permission; query?: S },
  handler: Handler<z.infer<S>>,
) {
  return async (request: Request): Promise<NextResponse> => {
    try {
      const { reviewer, response } = await authorizeApiRequest(options.permission);
      if (response) return response;
      const params = Object.fromEntries(new URL(request.url).searchParams);
      const schema: z.ZodType = options.query ?? z.object({});
      const parsed = schema.safeParse(params);
      if (!parsed.success) {
        return jsonError("BAD_REQUEST", "Invalid query parameters.", 400, z.flattenError(parsed.error).fieldErrors);
      }
      const body = await handler({ reviewer, query: parsed.data as z.infer<S>, request });
      return NextResponse.json(body, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      return apiErrorResponse(error, request, { details: false });
    }
  };
}

export { AppError };
