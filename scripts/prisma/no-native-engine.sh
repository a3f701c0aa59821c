#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded on air-gapped machines.
# prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here so `prisma generate` does not try to fetch it;
# migrations run through the WebAssembly engine instead (scripts/migrate.ts).
echo "The native Prisma schema engine is not installed; use 'npm run db:migrate:deploy' (WebAssembly engine)." >&2
exit 1
