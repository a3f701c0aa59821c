import { describe, expect, it } from "vitest";

import { reporterFeedbackText } from "./reporter-feedback";

describe("reporter feedback text", () => {
  it("is fixed per outcome and names only the kind of thing reported", () => {
    expect(reporterFeedbackText("EVENT", "VIOLATION")).toBe(
      "Thanks for your report about a message. We reviewed it and took action under our policies.",
    );
    expect(reporterFeedbackText("USER", "NO_VIOLATION")).toBe(
      "Thanks for your report about an account. We reviewed it and found no violation of our policies.",
    );
    expect(reporterFeedbackText("SOMETHING_NEW", "VIOLATION")).toContain("about some content.");
  });

  it("never contains an identifier, an action or a policy", () => {
    for (const kind of ["EVENT", "USER", "ROOM", "MEDIA", "SERVER"]) {
      for (const outcome of ["VIOLATION", "NO_VIOLATION"] as const) {
        const text = reporterFeedbackText(kind, outcome);
        expect(text).not.toMatch(/[@!$#]|mxc:|suspend|deactivat|quarantin|redact|ban|org\.matrix/i);
      }
    }
  });
});
