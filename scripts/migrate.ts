/**
 * Migrations without Prisma's native engine (see lib/db/schema-engine.ts).
 *
 *   npm run db:migrate:deploy            apply pending migrations to DATABASE_URL (or the embedded database)
 *   npm run db:migrate:new -- <name>     write prisma/migrations/<timestamp>_<name>/migration.sql from the diff
 *                                        between the last migration's schema snapshot and prisma/schema.prisma
 *
 * Each migration folder keeps `schema.prisma.snapshot`, the schema it migrates to, so the next diff has a `from`
 * and needs no shadow database. Hand-written SQL (partial indexes) goes at the end of migration.sql, marked.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { resolveDatabase } from "@/lib/db/resolve-database";
import { applyMigrations, MIGRATIONS_DIR, PRISMA_DIR } from "@/lib/db/migrations";
import { openSchemaEngine } from "@/lib/db/schema-engine";

async function deploy(): Promise<void> {
  const database = await resolveDatabase();
  try {
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
  } finally {
    await database.stop();
  }
}

async function createMigration(name: string | undefined): Promise<void> {
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("usage: npm run db:migrate:new -- <name in snake_case>");
  const schema = await readFile(path.join(PRISMA_DIR, "schema.prisma"), "utf8");
  await mkdir(MIGRATIONS_DIR, { recursive: true });
  const previous = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .at(-1);
  const fromSchema = previous
    ? await readFile(path.join(MIGRATIONS_DIR, previous, "schema.prisma.snapshot"), "utf8")
    : undefined;
  // A diff between two datamodels reads no tables, but the engine connects when it is created.
  const database = await resolveDatabase();
  const { engine, close } = await openSchemaEngine(database.url, schema);
  try {
    const result = await engine.diff({
      from: fromSchema
        ? { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: fromSchema }] }
        : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const sql = result.stdout ?? "";
    if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
      console.log("The schema has not changed since the last migration; nothing written.");
      return;
    }
    const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), sql);
    await writeFile(path.join(dir, "schema.prisma.snapshot"), schema);
    if (!previous) await writeFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql; review it and add hand-written SQL.`);
  } finally {
    await close();
    await database.stop();
  }
}

const [command, arg] = process.argv.slice(2);
const run = command === "deploy" ? deploy() : command === "new" ? createMigration(arg) : Promise.reject(new Error("usage: migrate.ts deploy | new <name>"));
run.catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
