import { describe, expect, it } from "vitest";

import type { ReviewerRole } from "@/lib/generated/prisma/enums";
import { loadMediaSettings } from "@/lib/media/load-media-settings";
import { DEFAULT_MEDIA_SETTINGS, GLOBAL_SETTINGS_KEY, ZMediaPreviewSettings } from "@/lib/media/settings";
import { testDb } from "@/tests/integration/per-file-database";

import { loadKeywordLists } from "./load-keyword-lists";
import { loadMyPreview } from "./load-my-preview";
import { saveKeywordLists } from "./save-keyword-lists";
import { saveMediaPreviewSettings } from "./save-media-preview";
import { saveMyPreviewSettings } from "./save-my-preview";

let n = 0;
async function reviewer(role: ReviewerRole, name?: string) {
  const row = await testDb().reviewer.create({
    data: { mxid: `@r${++n}-${role.toLowerCase()}:example.org`, role, displayName: name },
  });
  return { id: row.id, mxid: row.mxid, role: row.role };
}

const settingAudits = (key: string) =>
  testDb().auditEvent.findMany({
    where: { type: "SETTING_CHANGED", targetId: key },
    orderBy: { seq: "asc" },
  });

describe("media preview settings", () => {
  it("saves the global settings with an audit row holding old and new values; saving them again records nothing", async () => {
    const admin = await reviewer("ADMIN");
    const first = ZMediaPreviewSettings.parse({ blurSigma: 30, dailyRevealBudget: 25 });
    await saveMediaPreviewSettings(testDb(), {
      actor: admin,
      settings: first,
      context: { ipAddress: "10.0.0.1" },
    });
    const second = {
      ...first,
      greyscale: false,
      harms: { ...first.harms, "harassment.hate": { blurSigma: 40, reveal: "disabled" as const } },
    };
    const saved = await saveMediaPreviewSettings(testDb(), { actor: admin, settings: second });
    expect(saved.changed).toBe(true);
    expect((await saveMediaPreviewSettings(testDb(), { actor: admin, settings: second })).changed).toBe(
      false,
    );

    const audits = await settingAudits(GLOBAL_SETTINGS_KEY);
    expect(audits).toHaveLength(2);
    expect(audits[0]).toMatchObject({
      actorId: admin.id,
      ipAddress: "10.0.0.1",
      data: { from: null, to: { blurSigma: 30 } },
    });
    expect(audits[1]?.data).toMatchObject({
      from: { greyscale: true },
      to: { greyscale: false, harms: { "harassment.hate": { reveal: "disabled" } } },
    });
    const loaded = await loadMediaSettings(testDb(), admin.id);
    expect(loaded.global).toMatchObject({ blurSigma: 30, greyscale: false, dailyRevealBudget: 25 });
  });

  it("refuses anyone but an admin, and writes nothing", async () => {
    const lead = await reviewer("LEAD");
    await expect(
      saveMediaPreviewSettings(testDb(), { actor: lead, settings: DEFAULT_MEDIA_SETTINGS }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveKeywordLists(testDb(), { actor: lead, lists: { lists: [] } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await testDb().auditEvent.count({ where: { actorId: lead.id } })).toBe(0);
  });
});

describe("personal preview preferences", () => {
  it("lets any reviewer make previews safer for themselves, never weaker than the team's settings", async () => {
    const admin = await reviewer("ADMIN");
    await saveMediaPreviewSettings(testDb(), {
      actor: admin,
      settings: ZMediaPreviewSettings.parse({ blurSigma: 20, greyscale: true, dailyRevealBudget: 30 }),
    });
    const triage = await reviewer("TRIAGE");
    const save = (p: {
      blurSigma?: number | null;
      greyscale?: boolean | null;
      dailyRevealBudget?: number | null;
    }) =>
      saveMyPreviewSettings(testDb(), {
        actor: triage,
        preferences: { blurSigma: null, greyscale: null, dailyRevealBudget: null, ...p },
      });

    await expect(save({ blurSigma: 10 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      details: { fieldErrors: { blurSigma: [expect.any(String)] } },
    });
    await expect(save({ greyscale: false })).rejects.toMatchObject({
      details: { fieldErrors: { greyscale: [expect.any(String)] } },
    });
    await expect(save({ dailyRevealBudget: 31 })).rejects.toMatchObject({
      details: { fieldErrors: { dailyRevealBudget: [expect.any(String)] } },
    });

    await save({ blurSigma: 45, greyscale: true, dailyRevealBudget: 10 });
    expect((await loadMediaSettings(testDb(), triage.id)).reviewer).toEqual({
      blurSigma: 45,
      greyscale: true,
      dailyRevealBudget: 10,
    });
    const audits = await settingAudits(`media.preview.reviewer.${triage.id}`);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: triage.id, data: { from: null, to: { blurSigma: 45 } } });

    // A later global change above the preference: the form no longer offers the now-weaker value.
    await saveMediaPreviewSettings(testDb(), {
      actor: admin,
      settings: ZMediaPreviewSettings.parse({ blurSigma: 50, dailyRevealBudget: 30 }),
    });
    expect((await loadMyPreview(testDb(), triage.id)).preferences).toEqual({
      blurSigma: null,
      greyscale: true,
      dailyRevealBudget: 10,
    });
  });
});

describe("keyword lists", () => {
  const scams = {
    id: "scams",
    name: "Scam terms",
    harmId: "org.matrix.msc4456.spam.fraud",
    terms: ["airdrop", "seed phrase"],
    enabled: true,
  };

  it("saves lists, audited, and reads them back", async () => {
    const admin = await reviewer("ADMIN");
    await saveKeywordLists(testDb(), { actor: admin, lists: { lists: [scams] } });
    expect(await loadKeywordLists(testDb())).toEqual({ lists: [scams] });
    const audits = await settingAudits("intake.keyword_lists");
    expect(audits[0]?.data).toMatchObject({
      from: null,
      to: { lists: [{ id: "scams", terms: ["airdrop", "seed phrase"] }] },
    });
  });

  it("refuses unknown harms, duplicate terms after folding, and unbounded lists", async () => {
    const admin = await reviewer("ADMIN");
    const bad = [
      { ...scams, harmId: "org.matrix.msc4456.nope" },
      { ...scams, terms: ["airdrop", "ＡＩＲ\u200BＤＲＯＰ"] },
      { ...scams, terms: Array.from({ length: 201 }, (_, i) => `term${i}`) },
      { ...scams, terms: ["x".repeat(65)] },
      { ...scams, terms: ["\u200B\u200B\u200B"] },
    ];
    for (const list of bad) {
      await expect(saveKeywordLists(testDb(), { actor: admin, lists: { lists: [list] } })).rejects.toThrow();
    }
  });
});
