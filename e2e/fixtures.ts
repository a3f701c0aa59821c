/**
 * Test fixtures: real Matrix accounts on the real Synapse, put on the console's roster through the same domain
 * function the CLI uses, with ids unique per worker so tests run in parallel without seeing each other's data.
 */
import { randomBytes } from "node:crypto";

import { expect, type Page, test as base } from "@playwright/test";

import { createApiToken } from "@/lib/auth/api-tokens";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { ReviewerRole } from "@/lib/generated/prisma/enums";
import { addReviewer } from "@/lib/reviewers/add-reviewer";

import { readE2EState } from "./state";

export type TestReviewer = { mxid: string; localpart: string; password: string; role: ReviewerRole | null };

type Fixtures = {
  db: Db;
  /** Creates a Matrix account on the homeserver and, unless `role` is null, puts it on the roster. */
  reviewers: { create(options: { role: ReviewerRole | null; childSafety?: boolean }): Promise<TestReviewer> };
  signIn(page: Page, reviewer: TestReviewer): Promise<void>;
  apiToken(reviewer: TestReviewer): Promise<string>;
};

const state = readE2EState();

export async function createMatrixUser(localpart: string, password: string): Promise<string> {
  const mxid = `@${localpart}:${state.synapse.serverName}`;
  // PUT /_synapse/admin/v2/users/<user_id>: create-or-modify, works on any Synapse with an admin token.
  const response = await fetch(`${state.synapse.url}/_synapse/admin/v2/users/${encodeURIComponent(mxid)}`, {
    method: "PUT",
    headers: { authorization: `Bearer ${state.synapse.adminToken}`, "content-type": "application/json" },
    body: JSON.stringify({ password, admin: false, displayname: localpart }),
  });
  if (!response.ok) throw new Error(`Creating ${mxid} on Synapse failed: ${response.status} ${await response.text()}`);
  return mxid;
}

export const test = base.extend<Fixtures>({
  db: async ({}, use) => {
    const db = createPrismaClient(state.databaseUrl);
    await use(db);
    await db.$disconnect();
  },
  reviewers: async ({ db }, use, testInfo) => {
    await use({
      async create({ role, childSafety }) {
        const localpart = `e2e_w${testInfo.workerIndex}_${randomBytes(4).toString("hex")}`;
        const password = `pw-${randomBytes(9).toString("base64url")}`;
        const mxid = await createMatrixUser(localpart, password);
        if (role) await addReviewer(db, { mxid, role, childSafety }, { kind: "system", name: "e2e" });
        return { mxid, localpart, password, role };
      },
    });
  },
  signIn: async ({}, use) => {
    await use(async (page, reviewer) => {
      await page.goto("/login");
      await page.getByLabel(/username/i).fill(reviewer.localpart);
      await page.getByLabel(/password/i).fill(reviewer.password);
      await page.getByRole("button", { name: /^sign in$/i }).click();
      await expect(page).toHaveURL(/\/queue/);
    });
  },
  apiToken: async ({ db }, use) => {
    await use(async (reviewer) => (await createApiToken(db, { mxid: reviewer.mxid, name: "e2e" }, { kind: "system", name: "e2e" })).secret);
  },
});

export { expect };
