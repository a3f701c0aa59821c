/**
 * Response headers for every page and API route.
 *
 * The console renders text written by attackers (report reasons, display names, message bodies), so the
 * Content-Security-Policy allows no inline script: Next's own inline bootstrap scripts carry a per-request nonce
 * (set in proxy.ts, which Next reads back from the request's CSP header), and everything else must come from
 * 'self'. `style-src 'unsafe-inline'` stays because React's style attributes need it; styles cannot run code.
 * Images come only from this origin, blob: or data: (blurred previews are served by our own API).
 */
export function contentSecurityPolicy(nonce: string, isDev: boolean): string {
  return [
    "default-src 'self'",
    // Next's dev server needs eval for fast refresh; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join("; ");
}

/** Headers that do not depend on the request; next.config.ts sets them on every response. */
export function staticSecurityHeaders(): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "no-referrer" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}
