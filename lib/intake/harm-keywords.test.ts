import { describe, expect, it } from "vitest";

import { harmHintsFromReason } from "./harm-keywords";

const P = "org.matrix.msc4456";

describe("harmHintsFromReason", () => {
  it("maps obvious words to MSC4456 ids, most specific only", () => {
    expect(harmHintsFromReason("Crypto scam, asks for seed phrases")).toEqual([`${P}.spam.fraud`]);
    expect(harmHintsFromReason("bot spam")).toEqual([`${P}.spam`]);
    expect(harmHintsFromReason("Pretending to be server staff")).toEqual([`${P}.spam.impersonation`]);
    expect(harmHintsFromReason("this is CSAM")).toEqual([`${P}.child_safety.csam`]);
    expect(harmHintsFromReason("harassment")).toEqual([`${P}.harassment`]);
  });

  it("stays unknown rather than guessing", () => {
    expect(harmHintsFromReason("")).toEqual([]);
    expect(harmHintsFromReason(null)).toEqual([]);
    expect(harmHintsFromReason("I don't like this")).toEqual([]);
    expect(harmHintsFromReason("spamming? no: a spammer's 'Spamalot' review")).toEqual([`${P}.spam`]);
    expect(harmHintsFromReason("the groomsman speech")).toEqual([]);
  });

  it("only scans the start of a huge reason", () => {
    expect(harmHintsFromReason(`${"A".repeat(1_000_000)} scam`)).toEqual([]);
  });
});
