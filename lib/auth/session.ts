/**
 * Who is making this request. Sessions (browser) and personal API tokens (scripts, `Authorization: Bearer msc_…`)
 * resolve to the same CurrentReviewer, read fresh from the database: role, qualification and status changes apply
 * on the next request, and a bumped session version ends older sessions.
 */
import "server-only";

import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";

import { db } from "@/lib/db/client";

import { resolveApiToken } from "./api-tokens";
import { auth } from "./auth";
import { can, type Permission, permissionsOf } from "./permissions";
import type { CurrentReviewer } from "./types";

export const getCurrentReviewer = cache(async (): Promise<CurrentReviewer | null> => {
  const authorization = (await headers()).get("authorization");
  if (authorization?.toLowerCase().startsWith("bearer ")) {
    const reviewerId = await resolveApiToken(db(), authorization.slice(7).trim());
    return reviewerId ? loadReviewer(reviewerId, "api_token") : null;
  }
  const session = await auth();
  const reviewerId = session?.user?.id;
  if (!reviewerId) return null;
  return loadReviewer(reviewerId, "session", session.sessionVersion ?? -1);
});

async function loadReviewer(
  id: string,
  via: CurrentReviewer["via"],
  sessionVersion?: number,
): Promise<CurrentReviewer | null> {
  const reviewer = await db().reviewer.findUnique({ where: { id } });
  if (!reviewer || reviewer.deactivatedAt) return null;
  if (sessionVersion !== undefined && sessionVersion !== reviewer.sessionVersion) return null;
  return {
    id: reviewer.id,
    mxid: reviewer.mxid,
    displayName: reviewer.displayName,
    role: reviewer.role,
    childSafety: reviewer.childSafety,
    permissions: permissionsOf(reviewer),
    via,
  };
}

/** For pages: sends signed-out visitors to /login (coming back afterwards) and answers 403 when not permitted. */
export async function requireReviewer(permission?: Permission): Promise<CurrentReviewer> {
  const reviewer = await getCurrentReviewer();
  if (!reviewer) {
    const path = (await headers()).get("x-console-path") ?? "/queue";
    redirect(`/login?next=${encodeURIComponent(path)}`);
  }
  if (permission && !can(reviewer, permission)) forbidden();
  return reviewer;
}
