import type { AuditContext } from "@/lib/audit/types";

/**
 * Client address and user agent for audit rows and rate limits. The address comes from X-Forwarded-For, which
 * `next start` sets from the socket and a reverse proxy should overwrite; deploy the console behind one proxy
 * that does (see README, Deploying).
 */
export function requestContext(headers: Headers): AuditContext {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || headers.get("x-real-ip")?.trim() || null;
  return { ipAddress: ip ? ip.slice(0, 100) : null, userAgent: headers.get("user-agent")?.slice(0, 500) ?? null };
}
