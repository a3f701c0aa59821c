import { describe, expect, it } from "vitest";

import { testDb } from "@/tests/integration/per-file-database";

import { listAuditEvents, parseSeqCursor } from "./queries";
import { recordAuditEvent } from "./record-audit-event";

describe("reading the audit log", () => {
  it("lists newest first, pages by seq, and bounds the data it sends", async () => {
    for (const username of ["a", "b", "c", "x".repeat(290)]) {
      await testDb().$transaction((tx) =>
        recordAuditEvent(tx, {
          type: "REVIEWER_SIGN_IN_FAILED",
          actor: { kind: "system", name: "login" },
          data: { username, reason: "invalid_credentials" },
          context: { ipAddress: "127.0.0.1", userAgent: "test" },
        }),
      );
    }
    const first = await listAuditEvents({ limit: 3 }, testDb());
    expect(first.items).toHaveLength(3);
    const seqs = first.items.map((e) => BigInt(e.seq));
    expect([...seqs].sort((a, b) => (a > b ? -1 : 1))).toEqual(seqs);
    expect(first.items[0]!.dataSummary.length).toBeLessThanOrEqual(141);
    expect(first.items[0]!.dataSummary.endsWith("…")).toBe(true);
    expect(JSON.parse(first.items[1]!.dataJson)).toEqual({ username: "c", reason: "invalid_credentials" });
    expect(first.items[1]!.actorLabel).toBe("system:login");
    expect(first.nextBeforeSeq).toBe(first.items[2]!.seq);

    const second = await listAuditEvents({ limit: 3, beforeSeq: BigInt(first.nextBeforeSeq!) }, testDb());
    expect(second.items.map((e) => (JSON.parse(e.dataJson) as { username: string }).username)).toEqual(["a"]);
    expect(second.nextBeforeSeq).toBeNull();
  });

  it("accepts only a plain sequence number as the page cursor", () => {
    expect(parseSeqCursor("42")).toBe(42n);
    expect(parseSeqCursor(["7", "8"])).toBe(7n);
    expect(parseSeqCursor("-1")).toBeUndefined();
    expect(parseSeqCursor("1e3")).toBeUndefined();
    expect(parseSeqCursor("9999999999999999999")).toBeUndefined();
    expect(parseSeqCursor(undefined)).toBeUndefined();
  });
});
