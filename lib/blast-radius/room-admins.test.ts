import { describe, expect, it } from "vitest";

import { adminsAmong, isSoleAdmin, powerLevelOf } from "./room-admins";

const A = "@a:x";
const B = "@b:x";
const C = "@c:x";
const v11 = { sender: A, content: { room_version: "11" } };

describe("room admins", () => {
  it("reads users, then users_default, then 0; string levels from old rooms count", () => {
    const pl = { users: { [A]: 100, [B]: "50" }, users_default: 10 };
    expect(powerLevelOf(A, pl, v11)).toBe(100);
    expect(powerLevelOf(B, pl, v11)).toBe(50);
    expect(powerLevelOf(C, pl, v11)).toBe(10);
    expect(powerLevelOf(C, { users: {} }, v11)).toBe(0);
  });

  it("gives the creator 100 when the room has no power levels", () => {
    expect(powerLevelOf(A, null, v11)).toBe(100);
    expect(powerLevelOf(B, null, v11)).toBe(0);
  });

  it("lists a user as sole admin only when no other joined member has 100", () => {
    const pl = { users: { [A]: 100, [B]: 100 } };
    expect(isSoleAdmin(A, [A, C], pl, v11)).toBe(true);
    expect(isSoleAdmin(A, [A, B, C], pl, v11)).toBe(false);
    // B has the level but left: they cannot act any more, so A is the last admin.
    expect(adminsAmong([A, C], pl, v11)).toEqual([A]);
    expect(isSoleAdmin(C, [A, C], pl, v11)).toBe(false);
  });

  it("treats room version 12 creators as unlimited admins, even absent from power levels", () => {
    const v12 = { sender: A, content: { room_version: "12", additional_creators: [B] } };
    expect(powerLevelOf(A, { users: {} }, v12)).toBe(Number.POSITIVE_INFINITY);
    expect(isSoleAdmin(A, [A, C], { users: { [C]: 50 } }, v12)).toBe(true);
    expect(isSoleAdmin(A, [A, B], { users: {} }, v12)).toBe(false);
  });
});
