import { describe, expect, it } from "vitest";

import { POLICY_CATALOG } from "@/lib/policies/catalog";

import {
  automationSentence,
  PLACEHOLDERS,
  policyCategory,
  REASON_TEMPLATES,
  renderTemplate,
  templatesFor,
  type TemplateValues,
  unfilledPlaceholders,
} from "./reason-templates";

const values: TemplateValues = {
  policy: "Targeted harassment",
  facts: "You sent repeated insults to another user in #garden.",
  actions: "your account is suspended",
  automation: automationSentence(false),
  appealUrl: "https://console.example.org/appeal?case=42",
  caseNumber: "42",
};

describe("reason templates", () => {
  it("has a template for every harm category, and one for no violation", () => {
    const categories = new Set(POLICY_CATALOG.map((p) => p.category));
    for (const category of categories) {
      expect(templatesFor(`${category}.x`).length, category).toBeGreaterThan(0);
    }
    expect(templatesFor(null).map((t) => t.id)).toEqual(["no_violation"]);
  });

  it("offers the category's own template first, then the generic one", () => {
    expect(templatesFor("org.matrix.msc4456.harassment.targeted").map((t) => t.id)).toEqual(["harassment", "other"]);
    expect(templatesFor("org.matrix.msc4456.harassment").map((t) => t.id)).toEqual(["harassment", "other"]);
    expect(templatesFor("org.matrix.msc4456.other").map((t) => t.id)).toEqual(["other"]);
  });

  it("every violation template states the facts, the rule, automation and how to appeal (DSA Art. 17)", () => {
    for (const t of REASON_TEMPLATES.filter((t) => t.category !== "none")) {
      for (const p of ["facts", "policy", "automation", "appealUrl", "actions", "caseNumber"]) {
        expect(t.body, `${t.id} lacks {${p}}`).toContain(`{${p}}`);
      }
    }
  });

  it("renders every placeholder, leaving nothing unfilled", () => {
    const text = renderTemplate(templatesFor("org.matrix.msc4456.harassment.targeted")[0]!.body, values);
    expect(text).toContain("Targeted harassment");
    expect(text).toContain("https://console.example.org/appeal?case=42");
    expect(text).toContain("No automated decision-making was used.");
    expect(unfilledPlaceholders(text)).toEqual([]);
  });

  it("does not expand placeholders inside values, and leaves unknown ones alone", () => {
    const text = renderTemplate("{facts} / {unknown}", { ...values, facts: "he wrote {appealUrl}" });
    expect(text).toBe("he wrote {appealUrl} / {unknown}");
    expect(unfilledPlaceholders("{facts} and {policy} and {nope}")).toEqual(["facts", "policy"]);
  });

  it("names each placeholder once", () => {
    expect(new Set(PLACEHOLDERS).size).toBe(PLACEHOLDERS.length);
  });

  it("finds the category of a policy id", () => {
    expect(policyCategory("org.matrix.msc4456.spam.fraud")).toBe("org.matrix.msc4456.spam");
    expect(policyCategory("org.matrix.msc4456.spam")).toBe("org.matrix.msc4456.spam");
  });
});
