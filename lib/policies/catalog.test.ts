import { describe, expect, it } from "vitest";

import { HARM_PREFIX, POLICY_CATALOG } from "./catalog";

describe("the MSC4456 policy catalog", () => {
  it("has unique, prefixed ids, each category also on its own, severities 1..5", () => {
    const ids = POLICY_CATALOG.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const policy of POLICY_CATALOG) {
      expect(policy.id.startsWith(`${policy.category}`)).toBe(true);
      expect(policy.category.startsWith(`${HARM_PREFIX}.`)).toBe(true);
      expect(policy.severity).toBeGreaterThanOrEqual(1);
      expect(policy.severity).toBeLessThanOrEqual(5);
      expect(ids).toContain(policy.category);
    }
    for (const category of ["spam", "adult", "harassment", "violence", "child_safety", "danger", "tos", "other"]) {
      expect(ids).toContain(`${HARM_PREFIX}.${category}`);
    }
    expect(ids).toContain(`${HARM_PREFIX}.spam.election_interference`);
    expect(ids).toContain(`${HARM_PREFIX}.violence.human_trafficking`);
  });

  it("marks exactly the child-safety policies for qualified reviewers", () => {
    const childSafety = POLICY_CATALOG.filter((p) => p.childSafety).map((p) => p.id.replace(`${HARM_PREFIX}.`, ""));
    expect(childSafety.sort()).toEqual(
      ["child_safety", "child_safety.csam", "child_safety.grooming", "child_safety.harassment", "child_safety.privacy_violation"].sort(),
    );
  });
});
