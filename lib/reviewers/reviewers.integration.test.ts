import { describe, expect, it } from "vitest";

import { testDb } from "@/tests/integration/per-file-database";

import { addReviewer } from "./add-reviewer";
import { deactivateReviewer } from "./deactivate-reviewer";

const actor = { kind: "system", name: "cli" } as const;

async function auditTypesFor(mxid: string) {
  const events = await testDb().auditEvent.findMany({ orderBy: { seq: "asc" } });
  return events.filter((e) => JSON.stringify(e.data).includes(mxid)).map((e) => e.type);
}

describe("the reviewer roster", () => {
  it("adds, updates and reactivates reviewers, auditing each change", async () => {
    const added = await addReviewer(testDb(), { mxid: "@ann:example.org", role: "TRIAGE" }, actor);
    expect(added).toMatchObject({ change: "added", reviewer: { role: "TRIAGE", childSafety: false } });

    const same = await addReviewer(testDb(), { mxid: "@ann:example.org", role: "TRIAGE" }, actor);
    expect(same.change).toBe("unchanged");

    const promoted = await addReviewer(testDb(), { mxid: "@ann:example.org", role: "LEAD", childSafety: true }, actor);
    expect(promoted).toMatchObject({ change: "updated", reviewer: { role: "LEAD", childSafety: true } });
    expect(promoted.reviewer.sessionVersion).toBe(added.reviewer.sessionVersion + 1);

    // A role change without the qualification flag keeps the qualification.
    const moved = await addReviewer(testDb(), { mxid: "@ann:example.org", role: "MODERATOR" }, actor);
    expect(moved.reviewer).toMatchObject({ role: "MODERATOR", childSafety: true });

    await deactivateReviewer(testDb(), "@ann:example.org", actor);
    const removed = await testDb().reviewer.findUniqueOrThrow({ where: { mxid: "@ann:example.org" } });
    expect(removed.deactivatedAt).not.toBeNull();

    await addReviewer(testDb(), { mxid: "@ann:example.org", role: "MODERATOR" }, actor);
    expect(await auditTypesFor("@ann:example.org")).toEqual([
      "REVIEWER_ADDED",
      "REVIEWER_ROLE_CHANGED",
      "REVIEWER_CHILD_SAFETY_CHANGED",
      "REVIEWER_ROLE_CHANGED",
      "REVIEWER_DEACTIVATED",
      "REVIEWER_REACTIVATED",
    ]);
  });

  it("rejects ids that are not Matrix user ids", async () => {
    await expect(addReviewer(testDb(), { mxid: "zed", role: "TRIAGE" }, actor)).rejects.toThrow(/Matrix user id/);
    await expect(addReviewer(testDb(), { mxid: "@Zed:example.org", role: "TRIAGE" }, actor)).rejects.toThrow();
    expect(await testDb().reviewer.count({ where: { mxid: { in: ["zed", "@Zed:example.org"] } } })).toBe(0);
  });

  it("refuses to remove someone who is not on the roster", async () => {
    await expect(deactivateReviewer(testDb(), "@nobody:example.org", actor)).rejects.toThrow(/not on the roster/);
  });
});
