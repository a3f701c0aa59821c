import { describe, expect, it } from "vitest";

import { can, canSeeChildSafety, type Permission, PERMISSIONS, permissionsOf } from "./permissions";

const roles = ["TRIAGE", "MODERATOR", "LEAD", "ADMIN"] as const;

describe("the permission table", () => {
  it("grants each role what the roster documentation says", () => {
    const matrix = Object.fromEntries(roles.map((role) => [role, permissionsOf({ role })]));
    expect(matrix.TRIAGE).toEqual(["case.read", "case.claim", "case.escalate", "case.dismiss", "media.reveal", "api_token.create_own"]);
    expect(matrix.MODERATOR).toContain("user.suspend");
    expect(matrix.MODERATOR).not.toContain("user.deactivate");
    expect(matrix.MODERATOR).not.toContain("audit.read");
    expect(matrix.LEAD).toEqual(expect.arrayContaining(["audit.read", "stats.read", "user.deactivate", "room.delete"]));
    expect(matrix.LEAD).not.toContain("settings.manage");
    expect(matrix.ADMIN).toEqual(Object.keys(PERMISSIONS));
  });

  it("is monotonic: a higher role may do everything a lower one may", () => {
    for (let i = 1; i < roles.length; i++) {
      const lower = permissionsOf({ role: roles[i - 1]! });
      const higher = permissionsOf({ role: roles[i]! });
      expect(higher).toEqual(expect.arrayContaining(lower));
    }
  });

  it("fails closed", () => {
    expect(can(null, "case.read")).toBe(false);
    expect(can(undefined, "case.read")).toBe(false);
    expect(can({ role: "ADMIN", deactivatedAt: new Date() }, "case.read")).toBe(false);
    expect(can({ role: "ADMIN" }, "no.such.permission" as Permission)).toBe(false);
    expect(can({ role: "OWNER" as "ADMIN" }, "case.read")).toBe(false);
  });

  it("keeps the child-safety qualification separate from the role", () => {
    expect(canSeeChildSafety({ role: "ADMIN", childSafety: false })).toBe(false);
    expect(canSeeChildSafety({ role: "TRIAGE", childSafety: true })).toBe(true);
    expect(canSeeChildSafety({ role: "TRIAGE", childSafety: true, deactivatedAt: new Date() })).toBe(false);
  });
});
