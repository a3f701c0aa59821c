import path from "node:path";

import { defineConfig } from "prisma/config";

// Prisma's CLI wants to download its native schema engine even for `generate`; nothing may be downloaded here
// (and in air-gapped deployments), so point it at a stub. Migrations use the WebAssembly engine: scripts/migrate.ts.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("scripts/prisma/no-native-engine.sh");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // `env("DATABASE_URL")` would throw during `generate`, which needs no database.
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
