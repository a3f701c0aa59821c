/**
 * One code path for both database setups: DATABASE_URL when it is set (any PostgreSQL >= 14), otherwise the
 * embedded PostgreSQL in the console's data folder.
 */
import path from "node:path";

import { env } from "@/lib/env";

import { startEmbeddedPostgres } from "./embedded-postgres";

export type ResolvedDatabase = { url: string; embedded: boolean; stop(): Promise<void> };

export async function resolveDatabase(options: { onLog?: (line: string) => void } = {}): Promise<ResolvedDatabase> {
  const config = env();
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: false, stop: async () => {} };
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(config.CONSOLE_DATA_DIR, "postgres"),
    port: config.EMBEDDED_POSTGRES_PORT,
    onLog: options.onLog,
  });
  return { url: embedded.url, embedded: true, stop: embedded.stop };
}
