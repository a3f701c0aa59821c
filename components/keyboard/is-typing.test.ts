import { describe, expect, it } from "vitest";

import { isTypingTarget, matchesShortcut } from "./is-typing";

const el = (tagName: string, extra: Record<string, unknown> = {}) =>
  ({ tagName, isContentEditable: false, closest: () => null, ...extra }) as unknown as EventTarget;
const key = (k: string, mods: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe("shortcuts and typing", () => {
  it("treats text fields as typing and checkboxes or buttons as not", () => {
    expect(isTypingTarget(el("INPUT", { type: "text" }))).toBe(true);
    expect(isTypingTarget(el("INPUT", { type: "search" }))).toBe(true);
    expect(isTypingTarget(el("TEXTAREA"))).toBe(true);
    expect(isTypingTarget(el("SELECT"))).toBe(true);
    expect(isTypingTarget(el("DIV", { isContentEditable: true }))).toBe(true);
    expect(isTypingTarget(el("INPUT", { type: "checkbox" }))).toBe(false);
    expect(isTypingTarget(el("BUTTON"))).toBe(false);
    expect(isTypingTarget(el("A"))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it("matches plain keys exactly and mod+k with Ctrl or Cmd", () => {
    expect(matchesShortcut(key("j"), "j")).toBe(true);
    expect(matchesShortcut(key("J"), "j")).toBe(false);
    expect(matchesShortcut(key("j", { ctrlKey: true }), "j")).toBe(false);
    expect(matchesShortcut(key("?"), "?")).toBe(true);
    expect(matchesShortcut(key("k", { ctrlKey: true }), "mod+k")).toBe(true);
    expect(matchesShortcut(key("K", { metaKey: true }), "mod+k")).toBe(true);
    expect(matchesShortcut(key("k"), "mod+k")).toBe(false);
    expect(matchesShortcut(key("k", { ctrlKey: true, altKey: true }), "mod+k")).toBe(false);
  });
});
