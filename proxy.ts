/**
 * Runs before every page request (Next 16's middleware):
 * - a fresh CSP nonce per request; Next reads it back from the request's CSP header and puts it on its own inline
 *   bootstrap scripts, so no other inline script (e.g. from hostile report content) can run;
 * - the requested path, for the login redirect to come back to.
 * It deliberately does not decide who may see what: every page and route checks the reviewer itself
 * (lib/auth/session.ts), so nothing depends on this file matching the right paths.
 */
import { type NextRequest, NextResponse } from "next/server";

import { contentSecurityPolicy } from "./lib/http/security-headers";

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  // eslint-disable-next-line no-restricted-properties -- the build mode is fixed at build time, not configuration.
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-console-path", request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  matcher: [
    // Pages only: not static assets, and not API routes (JSON is never rendered as a document).
    { source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|fonts/).*)" },
  ],
};
