/**
 * Gives each integration test file its own database, copied from the migrated template (fast: a file copy inside
 * PostgreSQL). Tests get a Prisma client with `testDb()`.
 */
import { randomBytes } from "node:crypto";

import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";

import { createPrismaClient, type Db } from "@/lib/db/client";
import { seedPolicies } from "@/lib/policies/seed-policies";

let client: Db | undefined;
let url: string | undefined;
let name: string | undefined;

beforeAll(async () => {
  const adminUrl = inject("testDatabaseAdminUrl");
  name = `console_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // PostgreSQL refuses to copy a template that another CREATE DATABASE is copying: take turns.
    await admin.query("SELECT pg_advisory_lock(4242)");
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(inject("testTemplateDatabase"))}`);
  } finally {
    await admin.end();
  }
  const target = new URL(adminUrl);
  target.pathname = `/${name}`;
  url = target.toString();
  client = createPrismaClient(url);
  await seedPolicies(client);
});

afterAll(async () => {
  await client?.$disconnect();
  if (!name) return;
  const admin = new pg.Client({ connectionString: inject("testDatabaseAdminUrl") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
});

export function testDb(): Db {
  if (!client) throw new Error("testDb() is available inside tests (after beforeAll).");
  return client;
}

export function testDatabaseUrl(): string {
  if (!url) throw new Error("testDatabaseUrl() is available inside tests (after beforeAll).");
  return url;
}
