import { describe, expect, it } from "vitest";

import { AppError } from "@/lib/errors";

import { actionsWithNotice, assertActionsApply, assertMayDecide, subjectUser } from "./decide-case-checks";

const L = "example.org";
const fails = (fn: () => void) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error("expected an AppError");
};

describe("assertMayDecide", () => {
  const open = { childSafety: false };
  it("needs case.decide for a violation and case.dismiss for no violation", () => {
    expect(fails(() => assertMayDecide({ role: "TRIAGE", childSafety: false }, open, { outcome: "VIOLATION", actions: [] }))).toMatchObject({
      code: "FORBIDDEN",
      details: { missing: ["case.decide"] },
    });
    expect(() => assertMayDecide({ role: "TRIAGE", childSafety: false }, open, { outcome: "NO_VIOLATION", actions: [] })).not.toThrow();
  });
  it("checks each action kind's permission and lists every missing one", () => {
    const actions = [
      { kind: "SUSPEND_USER" as const, userId: `@a:${L}` },
      { kind: "DEACTIVATE_USER" as const, userId: `@a:${L}`, erase: false },
      { kind: "DELETE_ROOM" as const, roomId: `!r:${L}`, purge: true, block: true },
    ];
    expect(fails(() => assertMayDecide({ role: "MODERATOR", childSafety: false }, open, { outcome: "VIOLATION", actions }))).toMatchObject({
      details: { missing: ["user.deactivate", "room.delete"] },
    });
    expect(() => assertMayDecide({ role: "LEAD", childSafety: false }, open, { outcome: "VIOLATION", actions })).not.toThrow();
    expect(fails(() => assertMayDecide({ role: "ADMIN", childSafety: false, deactivatedAt: new Date() }, open, { outcome: "VIOLATION", actions }))).toMatchObject({ code: "FORBIDDEN" });
  });
  it("keeps child-safety cases to qualified reviewers", () => {
    expect(fails(() => assertMayDecide({ role: "ADMIN", childSafety: false }, { childSafety: true }, { outcome: "NO_VIOLATION", actions: [] })).code).toBe("FORBIDDEN");
  });
});

describe("assertActionsApply", () => {
  it("refuses account actions on remote users, saying why", () => {
    for (const kind of ["SUSPEND_USER", "LOCK_USER", "SHADOW_BAN_USER", "REDACT_USER_EVENTS"] as const) {
      const action = kind === "REDACT_USER_EVENTS" ? { kind, userId: "@x:remote.example", rooms: [] } : { kind, userId: "@x:remote.example" };
      const error = fails(() => assertActionsApply({ outcome: "VIOLATION", actions: [action] }, L));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toMatch(/cannot apply to @x:remote.example: .+\. Handle remote users through room bans/);
    }
    expect(() => assertActionsApply({ outcome: "VIOLATION", actions: [{ kind: "QUARANTINE_MEDIA", mxc: "mxc://remote.example/m" }] }, L)).not.toThrow();
    expect(fails(() => assertActionsApply({ outcome: "VIOLATION", actions: [{ kind: "DELETE_MEDIA", mxc: "mxc://remote.example/m" }] }, L)).message).toContain("quarantine remote media instead");
  });
  it("refuses restrictions under no violation, and duplicates", () => {
    expect(fails(() => assertActionsApply({ outcome: "NO_VIOLATION", actions: [{ kind: "SUSPEND_USER", userId: `@a:${L}` }] }, L)).code).toBe("BAD_REQUEST");
    expect(() => assertActionsApply({ outcome: "NO_VIOLATION", actions: [{ kind: "UNSUSPEND_USER", userId: `@a:${L}` }] }, L)).not.toThrow();
    const twice = [{ kind: "BLOCK_ROOM" as const, roomId: `!r:${L}` }, { kind: "BLOCK_ROOM" as const, roomId: `!r:${L}` }];
    expect(fails(() => assertActionsApply({ outcome: "VIOLATION", actions: twice }, L)).message).toContain("listed twice");
  });
  it("cannot judge locality without a server name", () => {
    expect(fails(() => assertActionsApply({ outcome: "VIOLATION", actions: [{ kind: "SUSPEND_USER", userId: `@a:${L}` }] }, undefined)).code).toBe("UNAVAILABLE");
  });
});

describe("notices", () => {
  const base = { outcome: "VIOLATION" as const, notifyUser: true, statementOfReasons: "Because of the rule.", actions: [] };
  it("adds a statement-of-reasons notice for a local subject user, once", () => {
    expect(actionsWithNotice(base, `@a:${L}`, 42)).toEqual([{ kind: "SEND_SERVER_NOTICE", userId: `@a:${L}`, body: "Because of the rule.\n\nReference: case 42." }]);
    expect(actionsWithNotice({ ...base, notifyUser: false }, `@a:${L}`, 42)).toEqual([]);
    expect(actionsWithNotice({ ...base, outcome: "NO_VIOLATION" }, `@a:${L}`, 42)).toEqual([]);
    const own = [{ kind: "SEND_SERVER_NOTICE" as const, userId: `@a:${L}`, body: "custom" }];
    expect(actionsWithNotice({ ...base, actions: own }, `@a:${L}`, 42)).toEqual(own);
  });
  it("knows who the subject user is", () => {
    expect(subjectUser({ kind: "USER", key: `@a:${L}`, senderMxid: null }, L)).toBe(`@a:${L}`);
    expect(subjectUser({ kind: "EVENT", key: "$e", senderMxid: `@s:${L}` }, L)).toBe(`@s:${L}`);
    expect(subjectUser({ kind: "USER", key: "@a:remote.example", senderMxid: null }, L)).toBeNull();
    expect(subjectUser({ kind: "ROOM", key: `!r:${L}`, senderMxid: null }, L)).toBeNull();
  });
});
