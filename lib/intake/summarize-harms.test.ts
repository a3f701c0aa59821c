import { describe, expect, it } from "vitest";

import { summarizeHarms } from "./summarize-harms";

const P = "org.matrix.msc4456";

describe("summarizeHarms", () => {
  it("takes the max severity, flags child safety, suggests the most named harm", () => {
    expect(summarizeHarms([`${P}.spam`, `${P}.spam`, `${P}.child_safety.grooming`])).toEqual({
      severity: 5,
      childSafety: true,
      suggestedPolicyId: `${P}.spam`,
    });
  });
  it("ignores ids outside the catalog", () => {
    expect(summarizeHarms(["org.matrix.policyserv.media", "nonsense"])).toEqual({
      severity: 0,
      childSafety: false,
      suggestedPolicyId: null,
    });
  });
});
