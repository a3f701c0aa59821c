import { describe, expect, it } from "vitest";

import { evidenceOmissions, evidenceSize } from "./evidence-text";

describe("evidence wording", () => {
  it("says why a file's bytes were not kept", () => {
    const item = {
      kind: "media",
      contentBytes: 0,
      data: { bytesOmitted: "over_file_cap", size: 40 * 1024 * 1024 },
    };
    expect(evidenceOmissions(item)).toEqual(["Bytes not kept: the file is larger than the per-file limit."]);
    expect(evidenceSize(item)).toBe("40.0 MiB (not kept)");
  });

  it("reports a capture error and partial event captures", () => {
    expect(
      evidenceOmissions({
        kind: "capture_error",
        data: { part: "media_listing", message: "3 of 53 files not captured" },
      }),
    ).toEqual(["The media listing could not be captured: 3 of 53 files not captured"]);
    expect(evidenceOmissions({ kind: "event", data: { errors: ["context: M_FORBIDDEN"] } })).toEqual([
      "context: M_FORBIDDEN",
    ]);
  });

  it("is complete when the bytes are kept", () => {
    const item = {
      kind: "media",
      contentBytes: 2048,
      data: { bytesOmitted: null, sha256MatchesSynapse: true },
    };
    expect(evidenceOmissions(item)).toEqual([]);
    expect(evidenceSize(item)).toBe("2.0 KiB");
  });
});
