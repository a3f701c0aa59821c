/**
 * The Prisma client singleton, on the pg driver adapter (no native query engine).
 * Kept free of `server-only` so that workers and the CLI (plain Node) can share it; lib/db/index.ts is the guarded
 * entry point for code inside Next.
 */
import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const globalForPrisma = globalThis as unknown as { consolePrisma?: PrismaClient };

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 10 }) });
}

/** The process-wide client. DATABASE_URL is always set by the time the app runs (the launcher sets it). */
export function db(): PrismaClient {
  if (!globalForPrisma.consolePrisma) {
    const url = env().DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the console with `npm start`, which provides one.");
    globalForPrisma.consolePrisma = createPrismaClient(url);
  }
  return globalForPrisma.consolePrisma;
}
