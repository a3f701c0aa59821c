import { describe, expect, it } from "vitest";

import { compileKeywordList, foldText, matchReason, matchRoom, matchText } from "./keyword-scan";

const scams = compileKeywordList({
  id: "scams",
  name: "Scam terms",
  harmId: "org.matrix.msc4456.spam.fraud",
  terms: ["airdrop", "Seed Phrase", "free nitro", "nitro", "café"],
});

const hit = (text: string) => matchText(text, scams)?.terms ?? [];

describe("keyword matching", () => {
  it("ignores case and matches whole words only", () => {
    expect(hit("FREE AIRDROP claim now")).toEqual(["airdrop"]);
    expect(hit("Post your seed phrase here")).toEqual(["Seed Phrase"]);
    expect(hit("airdrops and airdropping")).toEqual([]);
    expect(hit("pre-airdrop_list")).toEqual([]);
    expect(hit("(airdrop)")).toEqual(["airdrop"]);
  });

  it("still matches through zero-width characters and soft hyphens", () => {
    expect(hit("air\u200Bdrop")).toEqual(["airdrop"]);
    expect(hit("a\u200Di\u2060r\uFEFFd\u00ADrop")).toEqual(["airdrop"]);
    expect(hit("seed\u200B phrase")).toEqual(["Seed Phrase"]);
  });

  it("folds fullwidth, mathematical and composed forms (NFKC)", () => {
    expect(hit("ＦＲＥＥ ＡＩＲＤＲＯＰ")).toEqual(["airdrop"]);
    expect(hit("𝐚𝐢𝐫𝐝𝐫𝐨𝐩 today")).toEqual(["airdrop"]);
    expect(hit("cafe\u0301 crypto")).toEqual(["café"]);
    expect(foldText("  Seed\u3000\tPhrase  ")).toBe("seed phrase");
  });

  it("prefers the longest term and collapses white space between words", () => {
    expect(hit("get free   nitro now")).toEqual(["free nitro"]);
    expect(hit("nitro boost")).toEqual(["nitro"]);
  });

  it("reports spans in the original text, so the case page can highlight them", () => {
    const text = "🚀 ＡＩＲ\u200BＤＲＯＰ 🚀";
    const m = matchText(text, scams);
    expect(m?.spans).toHaveLength(1);
    const span = m!.spans[0]!;
    expect(text.slice(span.start, span.end)).toBe("ＡＩＲ\u200BＤＲＯＰ");
  });

  it("matches a room by name and topic, per list, with the reason naming fields and terms", () => {
    const other = compileKeywordList({
      id: "x",
      name: "Other",
      harmId: "org.matrix.msc4456.other",
      terms: ["unrelated"],
    });
    const matches = matchRoom({ name: "Free AIRDROP", topic: "send your seed phrase" }, [scams, other]);
    expect(matches).toHaveLength(1);
    expect(matches[0]?.fields.map((f) => f.field)).toEqual(["name", "topic"]);
    expect(matchReason(matches[0]!)).toBe("Room name/topic matches Scam terms: Seed Phrase, airdrop");
    expect(matchRoom({ name: null, topic: "nitro" }, [scams]).map(matchReason)).toEqual([
      "Room topic matches Scam terms: nitro",
    ]);
    expect(matchRoom({ name: "Gardening", topic: "" }, [scams])).toEqual([]);
  });

  it("ignores terms that fold to nothing", () => {
    const empty = compileKeywordList({
      id: "e",
      name: "E",
      harmId: "org.matrix.msc4456.spam",
      terms: ["\u200B", " "],
    });
    expect(empty.pattern).toBeNull();
    expect(matchText("anything", empty)).toBeNull();
  });
});
