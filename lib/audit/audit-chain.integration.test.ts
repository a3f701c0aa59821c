import { describe, expect, it } from "vitest";

import { testDb } from "@/tests/integration/per-file-database";

import { recordAuditEvent } from "./record-audit-event";
import { verifyAuditChain } from "./verify-audit-chain";

const actor = { kind: "system", name: "test" } as const;

async function record(n: number) {
  for (let i = 0; i < n; i++) {
    await testDb().$transaction((tx) =>
      recordAuditEvent(tx, { type: "REVIEWER_DEACTIVATED", actor, data: { mxid: `@u${i}:test` } }),
    );
  }
}

/** Tampering as an attacker with database access would: around the append-only triggers. */
async function tamper(sql: string) {
  await testDb().$transaction([
    testDb().$executeRawUnsafe("SET LOCAL session_replication_role = replica"),
    testDb().$executeRawUnsafe(sql),
  ]);
}

describe("audit chain", () => {
  it("verifies an intact chain, including events written concurrently", async () => {
    await record(3);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        testDb().$transaction((tx) =>
          recordAuditEvent(tx, { type: "REVIEWER_REACTIVATED", actor, data: { mxid: `@c${i}:test` } }),
        ),
      ),
    );
    const result = await verifyAuditChain(testDb(), 5);
    expect(result).toMatchObject({ ok: true, checked: 15 });
  });

  it("refuses updates and deletes through the application's connection", async () => {
    await expect(testDb().$executeRawUnsafe("UPDATE audit_events SET type = 'X'")).rejects.toThrow(/append-only/);
    await expect(testDb().$executeRawUnsafe("DELETE FROM audit_events")).rejects.toThrow(/append-only/);
  });

  it("writes nothing when the caller's transaction fails", async () => {
    const before = await testDb().auditEvent.count();
    await expect(
      testDb().$transaction(async (tx) => {
        await recordAuditEvent(tx, { type: "REVIEWER_DEACTIVATED", actor, data: { mxid: "@gone:test" } });
        throw new Error("the change itself failed");
      }),
    ).rejects.toThrow("the change itself failed");
    expect(await testDb().auditEvent.count()).toBe(before);
  });

  it("names the row whose content was altered", async () => {
    const target = await testDb().auditEvent.findFirstOrThrow({ orderBy: { seq: "asc" }, skip: 2 });
    await tamper(`UPDATE audit_events SET data = '{"mxid":"@someone-else:test"}' WHERE seq = ${target.seq}`);
    const result = await verifyAuditChain(testDb());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.broken).toMatchObject({ seq: target.seq.toString(), problem: "content_altered" });
    expect(result.message).toContain(`Audit row ${target.seq}`);
    expect(result.checked).toBe(2);
  });

  it("names the row after one that was deleted", async () => {
    // Restore the altered row's content by re-recording is impossible; check the deletion on a fresh tail.
    await tamper("DELETE FROM audit_events");
    await record(4);
    const rows = await testDb().auditEvent.findMany({ orderBy: { seq: "asc" } });
    await tamper(`DELETE FROM audit_events WHERE seq = ${rows[1]!.seq}`);
    const result = await verifyAuditChain(testDb());
    expect(result).toMatchObject({ ok: false, broken: { seq: rows[2]!.seq.toString(), problem: "link_broken" } });
  });
});
