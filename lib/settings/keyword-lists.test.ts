import { describe, expect, it } from "vitest";

import { parseKeywordLists, ZKeywordLists } from "./keyword-lists";

const list = {
  id: "scams",
  name: "Scam terms",
  harmId: "org.matrix.msc4456.spam.fraud",
  terms: ["airdrop", "seed phrase"],
};

describe("keyword list settings", () => {
  it("accepts bounded lists with catalog harms, defaulting to enabled", () => {
    expect(ZKeywordLists.parse({ lists: [list] }).lists[0]).toMatchObject({
      enabled: true,
      terms: ["airdrop", "seed phrase"],
    });
  });

  it("refuses duplicates after folding, unknown harms, bad ids and too many lists", () => {
    const fails = (lists: unknown[]) => expect(ZKeywordLists.safeParse({ lists }).success).toBe(false);
    fails([{ ...list, terms: ["Airdrop", "ａｉｒ\u200Bdrop"] }]);
    fails([{ ...list, harmId: "spam.fraud" }]);
    fails([{ ...list, id: "Not An Id" }]);
    fails([list, { ...list, name: "other" }]);
    fails([list, { ...list, id: "b", name: "SCAM TERMS" }]);
    fails(Array.from({ length: 21 }, (_, i) => ({ ...list, id: `l${i}`, name: `L${i}` })));
    fails([{ ...list, terms: ["a"] }]);
  });

  it("treats a stored value it cannot read as no lists", () => {
    expect(parseKeywordLists(undefined)).toEqual({ lists: [] });
    expect(parseKeywordLists({ lists: "nope" })).toEqual({ lists: [] });
  });
});
