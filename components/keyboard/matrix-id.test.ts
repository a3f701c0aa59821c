import { describe, expect, it } from "vitest";

import { parseMatrixId } from "./matrix-id";

describe("parseMatrixId", () => {
  it("recognises the four kinds of identifier a reviewer pastes", () => {
    expect(parseMatrixId(" @spam:evil.example ")).toEqual({ kind: "USER", key: "@spam:evil.example" });
    expect(parseMatrixId("!abc:example.org")).toEqual({ kind: "ROOM", key: "!abc:example.org" });
    expect(parseMatrixId("$Yk3_9x-abc")).toEqual({ kind: "EVENT", key: "$Yk3_9x-abc" });
    expect(parseMatrixId("mxc://example.org/AbCd")).toEqual({ kind: "MEDIA", key: "mxc://example.org/AbCd" });
  });

  it("unwraps matrix.to links and ignores ordinary words", () => {
    expect(parseMatrixId("https://matrix.to/#/%40bob%3Aexample.org")).toEqual({ kind: "USER", key: "@bob:example.org" });
    expect(parseMatrixId("https://matrix.to/#/!r:example.org/$ev1?via=example.org")).toEqual({ kind: "EVENT", key: "$ev1" });
    expect(parseMatrixId("queue")).toBeNull();
    expect(parseMatrixId("@no-server")).toBeNull();
    expect(parseMatrixId("@a b:c")).toBeNull();
  });
});
