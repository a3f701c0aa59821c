/**
 * Integration tests run against a real PostgreSQL: TEST_DATABASE_ADMIN_URL when set (a server where the tests may
 * create databases), else an embedded one in .data/test-postgres. Migrations are applied once to a template
 * database; each test file then gets its own copy (per-file-database.ts), so files run in parallel in isolation.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";

import pg from "pg";
import type { TestProject } from "vitest/node";

import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrations";


declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseAdminUrl: string;
    testTemplateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const externalAdminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  const testPort = Number(process.env.TEST_PG_PORT ?? 54339);
  const embedded = externalAdminUrl
    ? null
    : await startEmbeddedPostgres({
        // One cluster per port, so runs side by side (TEST_PG_PORT) never share, or stop, each other's server.
        dataDir: path.resolve(`.data/test-postgres-${testPort}`),
        port: testPort,
        database: "postgres",
      });
  const adminUrl = externalAdminUrl ?? embedded!.urlFor("postgres");

  // Unique per run: several runs (engineers, checkouts) may share one test server, so nothing here touches
  // databases it did not create. Each file drops its own database; this run drops its template at the end.
  const TEMPLATE_DB = `console_test_tpl_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(TEMPLATE_DB)}`);
  } finally {
    await admin.end();
  }
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DB}`;
  await applyMigrations(templateUrl.toString());

  project.provide("testDatabaseAdminUrl", adminUrl);
  project.provide("testTemplateDatabase", TEMPLATE_DB);
  return async () => {
    const cleanup = new pg.Client({ connectionString: adminUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(TEMPLATE_DB)} WITH (FORCE)`).finally(() => cleanup.end());
    await embedded?.stop();
  };
}
