/**
 * A simple homoglyph check for names a reviewer reads at a glance (display names, room names): a single token
 * that mixes Latin with Cyrillic or Greek letters ("Аdmin" with a Cyrillic А, "m\u0430trix") is almost never
 * innocent, and a token written entirely in Cyrillic/Greek look-alikes of Latin letters ("аdmіn") imitates a
 * Latin word. This is deliberately not Unicode's full confusables table (UTS #39): it has to be cheap, explainable
 * in one line to a reviewer, and free of false alarms on ordinary Russian or Greek names.
 */

export type Script = "Latin" | "Cyrillic" | "Greek";

const SCRIPT_TESTS: [Script, RegExp][] = [
  ["Latin", /\p{Script=Latin}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Greek", /\p{Script=Greek}/u],
];

// Cyrillic and Greek letters that look like Latin ones in common fonts, with the Latin letter they imitate.
const LOOKALIKES: Record<string, string> = {
  а: "a", в: "B", е: "e", к: "k", м: "M", н: "H", о: "o", р: "p", с: "c", т: "T", у: "y", х: "x", ѕ: "s", і: "i",
  ј: "j", ԁ: "d", ԛ: "q", ԝ: "w", һ: "h", ӏ: "l", А: "A", В: "B", Е: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P",
  С: "C", Т: "T", Х: "X", Ѕ: "S", І: "I", Ј: "J", Ү: "Y", α: "a", ο: "o", ρ: "p", ν: "v", ι: "i", κ: "k", τ: "t",
  Α: "A", Β: "B", Ε: "E", Ζ: "Z", Η: "H", Ι: "I", Κ: "K", Μ: "M", Ν: "N", Ο: "O", Ρ: "P", Τ: "T", Υ: "Y", Χ: "X",
};

export type ConfusableFinding = {
  token: string;
  scripts: Script[];
  reason: "mixed_scripts" | "lookalike_only";
  /** What the token reads like with the look-alike letters replaced by the Latin ones they imitate. */
  readsAs: string;
  /** The non-Latin characters, with code points, for the warning's detail. */
  suspicious: { char: string; code: string; script: Script }[];
};

function scriptOf(ch: string): Script | null {
  for (const [script, test] of SCRIPT_TESTS) if (test.test(ch)) return script;
  return null;
}

function analyseToken(token: string): ConfusableFinding | null {
  const chars = Array.from(token);
  const scripts = new Set<Script>();
  for (const ch of chars) {
    const s = scriptOf(ch);
    if (s) scripts.add(s);
  }
  const nonLatin = chars.filter((ch) => {
    const s = scriptOf(ch);
    return s === "Cyrillic" || s === "Greek";
  });
  if (nonLatin.length === 0) return null;
  const readsAs = chars.map((ch) => LOOKALIKES[ch] ?? ch).join("");
  const suspicious = nonLatin.map((char) => ({
    char,
    code: `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`,
    script: scriptOf(char)!,
  }));
  if (scripts.size > 1) return { token, scripts: [...scripts], reason: "mixed_scripts", readsAs, suspicious };
  // A single-script token is flagged only when every letter in it is a look-alike and it has at least two
  // letters: "раура1" imitates "paypa1", but "Борис" is just a name.
  const letters = chars.filter((ch) => /\p{L}/u.test(ch));
  if (letters.length >= 2 && letters.every((ch) => ch in LOOKALIKES)) {
    return { token, scripts: [...scripts], reason: "lookalike_only", readsAs, suspicious };
  }
  return null;
}

/** Tokens (split on whitespace and common separators) that look like a homoglyph attempt. Bounded work. */
export function findConfusables(value: string, maxChars = 2000): ConfusableFinding[] {
  const findings: ConfusableFinding[] = [];
  for (const token of value.slice(0, maxChars).split(/[\s:@!#/.,()[\]{}<>"'`|_-]+/u)) {
    if (!token) continue;
    const finding = analyseToken(token);
    if (finding) findings.push(finding);
    if (findings.length >= 10) break;
  }
  return findings;
}
