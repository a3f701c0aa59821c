import { describe, expect, it } from "vitest";

import { canonicalJson, GENESIS_HASH, hashAuditRow } from "./chain";

const row = {
  seq: 7n,
  type: "REVIEWER_ADDED",
  actorId: null,
  actorLabel: "system:cli",
  targetType: "reviewer",
  targetId: "r1",
  data: { mxid: "@a:b", role: "ADMIN", childSafety: false },
  ipAddress: null,
  userAgent: null,
  createdAt: new Date("2026-11-26T10:00:00.123Z"),
  prevHash: GENESIS_HASH,
};

describe("audit hash chain", () => {
  it("does not depend on key order (jsonb reorders keys)", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
    expect(hashAuditRow({ ...row, data: { role: "ADMIN", childSafety: false, mxid: "@a:b" } })).toBe(hashAuditRow(row));
  });

  it("changes when any field, the order or the previous hash changes", () => {
    const base = hashAuditRow(row);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    const variants = [
      { ...row, seq: 8n },
      { ...row, type: "REVIEWER_DEACTIVATED" },
      { ...row, actorLabel: "@x:y" },
      { ...row, data: { ...row.data, role: "TRIAGE" } },
      { ...row, ipAddress: "192.0.2.1" },
      { ...row, createdAt: new Date("2026-11-26T10:00:00.124Z") },
      { ...row, prevHash: "1".repeat(64) },
    ];
    for (const variant of variants) expect(hashAuditRow(variant)).not.toBe(base);
  });
});
