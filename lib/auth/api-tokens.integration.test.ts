import { describe, expect, it } from "vitest";

import { addReviewer } from "@/lib/reviewers/add-reviewer";
import { deactivateReviewer } from "@/lib/reviewers/deactivate-reviewer";
import { testDb } from "@/tests/integration/per-file-database";

import { createApiToken, hashApiToken, resolveApiToken } from "./api-tokens";

const actor = { kind: "system", name: "cli" } as const;

describe("personal API tokens", () => {
  it("resolves a token to its reviewer and stores only its hash", async () => {
    const { reviewer } = await addReviewer(testDb(), { mxid: "@sam:example.org", role: "LEAD" }, actor);
    const token = await createApiToken(testDb(), { mxid: "@sam:example.org", name: "reports script" }, actor);
    expect(token.secret).toMatch(/^msc_[A-Za-z0-9_-]{43}$/);
    expect(await resolveApiToken(testDb(), token.secret)).toBe(reviewer.id);

    const row = await testDb().apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).toBe(hashApiToken(token.secret));
    expect(JSON.stringify(row)).not.toContain(token.secret);
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { type: "API_TOKEN_CREATED" } });
    expect(JSON.stringify(audit, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))).not.toContain(token.secret);
    expect(row.lastUsedAt).not.toBeNull();
  });

  it("rejects unknown, malformed, expired, revoked and deactivated-reviewer tokens", async () => {
    await addReviewer(testDb(), { mxid: "@kim:example.org", role: "TRIAGE" }, actor);
    const token = await createApiToken(testDb(), { mxid: "@kim:example.org" }, actor);
    expect(await resolveApiToken(testDb(), token.secret.slice(0, -1) + "x")).toBeNull();
    expect(await resolveApiToken(testDb(), "not a token")).toBeNull();

    await testDb().apiToken.update({ where: { id: token.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resolveApiToken(testDb(), token.secret)).toBeNull();
    await testDb().apiToken.update({ where: { id: token.id }, data: { expiresAt: null, revokedAt: new Date() } });
    expect(await resolveApiToken(testDb(), token.secret)).toBeNull();

    const second = await createApiToken(testDb(), { mxid: "@kim:example.org", expiresInDays: 30 }, actor);
    expect(await resolveApiToken(testDb(), second.secret)).not.toBeNull();
    await deactivateReviewer(testDb(), "@kim:example.org", actor);
    expect(await resolveApiToken(testDb(), second.secret)).toBeNull();
    await expect(createApiToken(testDb(), { mxid: "@kim:example.org" }, actor)).rejects.toThrow(/not an active reviewer/);
  });
});
