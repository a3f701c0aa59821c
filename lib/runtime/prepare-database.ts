/**
 * Everything the database needs before the console serves a request, shared by the launcher, the CLI and the
 * test setups: the database itself (embedded or DATABASE_URL), migrations, and the policy catalog.
 */
import { applyMigrations } from "@/lib/db/migrations";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { resolveDatabase, type ResolvedDatabase } from "@/lib/db/resolve-database";
import { seedPolicies } from "@/lib/policies/seed-policies";

export type PreparedDatabase = ResolvedDatabase & { db: Db; appliedMigrations: string[]; close(): Promise<void> };

export async function prepareDatabase(options: { onLog?: (line: string) => void } = {}): Promise<PreparedDatabase> {
  const database = await resolveDatabase(options);
  try {
    const appliedMigrations = await applyMigrations(database.url);
    const db = createPrismaClient(database.url);
    await seedPolicies(db);
    return {
      ...database,
      db,
      appliedMigrations,
      async close() {
        await db.$disconnect();
        await database.stop();
      },
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}
