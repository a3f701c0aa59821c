import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { AppError } from "@/lib/errors";
import { HARM_PREFIX } from "@/lib/policies/catalog";
import { testDb } from "@/tests/integration/per-file-database";

import { downloadOriginal } from "./download-original";
import { exposureToday } from "./exposure-today";
import { exposureTotals } from "./exposure-totals";
import { sha256Hex } from "./hash-media";
import { getMediaDescriptor } from "./media-info";
import { previewMedia } from "./preview-media";
import { recordRevealExposure } from "./record-exposure";
import { revealMedia } from "./reveal-media";
import { reviewerSettingsKey } from "./settings";
import { photoJpeg, SCRIPTED_SVG } from "./testing/fixtures";
import { makeMediaCase, makeReviewer, type MediaTestEnv, startMediaTestEnv } from "./testing/media-test-env";

let env: MediaTestEnv;
let photo: Buffer;
let photoMxc: string;

beforeAll(async () => {
  env = await startMediaTestEnv(testDb());
  photo = await photoJpeg(1200, 900, { exif: true });
  photoMxc = await env.upload(photo, "image/jpeg", "holiday.jpg");
});
afterAll(async () => env?.stop());

const exposures = (reviewerId: string, kind: "PREVIEW" | "REVEAL") =>
  testDb().mediaExposure.count({ where: { reviewerId, kind } });

async function expectAppError(promise: Promise<unknown>, code: AppError["code"]) {
  const error: unknown = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

describe("blurred previews", () => {
  it("serves a blurred WebP of an image, records a PREVIEW exposure, and caches the rendition", async () => {
    const reviewer = await makeReviewer(testDb(), "TRIAGE");
    const kase = await makeMediaCase(testDb(), photoMxc);
    const first = await previewMedia(env.deps, reviewer, { mxc: photoMxc, caseId: kase.id });
    if (first.kind !== "image") throw new Error("expected an image");
    expect(first.cached).toBe(false);
    const meta = await sharp(first.webp).metadata();
    expect([meta.format, meta.width, meta.exif]).toEqual(["webp", 480, undefined]);
    expect(await env.cachedFiles()).toHaveLength(1);

    const second = await previewMedia(env.deps, reviewer, { mxc: photoMxc, caseId: kase.id });
    expect(second).toMatchObject({ kind: "image", cached: true });
    expect(await exposures(reviewer.id, "PREVIEW")).toBe(2);
    const row = await testDb().mediaExposure.findFirstOrThrow({ where: { reviewerId: reviewer.id } });
    expect([row.caseId, row.mxcUri]).toEqual([kase.id, photoMxc]);
  });

  it("previews quarantined media through the admin bypass (Synapse has no thumbnail for it)", async () => {
    const reviewer = await makeReviewer(testDb(), "TRIAGE");
    const mxc = await env.quarantinedDemoMxc();
    expect(await previewMedia(env.deps, reviewer, { mxc })).toMatchObject({ kind: "image" });
    expect(await getMediaDescriptor(env.deps, reviewer, mxc)).toMatchObject({ quarantined: true, family: "raster" });
  });

  it("describes instead of decoding what is not a raster image, and records no exposure", async () => {
    const reviewer = await makeReviewer(testDb(), "TRIAGE");
    const mxc = await env.upload(SCRIPTED_SVG, "image/png", "cute-cat.png\u202Egvs.svg");
    const result = await previewMedia(env.deps, reviewer, { mxc });
    expect(result).toMatchObject({
      kind: "descriptor",
      descriptor: { type: "image/svg+xml", declaredType: "image/png", size: SCRIPTED_SVG.length, sha256: sha256Hex(SCRIPTED_SVG), reason: "unsupported_type" },
    });
    if (result.kind === "descriptor") expect(result.descriptor.name).not.toMatch(/\u202e/);
    expect(await exposures(reviewer.id, "PREVIEW")).toBe(0);
  });

  it("returns hashes, dimensions and quarantine state from the info lookup", async () => {
    const reviewer = await makeReviewer(testDb(), "TRIAGE");
    const info = await getMediaDescriptor(env.deps, reviewer, photoMxc);
    expect(info).toMatchObject({ type: "image/jpeg", size: photo.length, sha256: sha256Hex(photo), dimensions: { width: 1200, height: 900 }, quarantined: false });
    expect(info.md5).toMatch(/^[0-9a-f]{32}$/);
    await expectAppError(getMediaDescriptor(env.deps, reviewer, "mxc://localhost/doesNotExist"), "NOT_FOUND");
  });
});

describe("reveals", () => {
  it("records the REVEAL exposure and a MEDIA_REVEALED audit event, then returns an unblurred re-encoding", async () => {
    const reviewer = await makeReviewer(testDb(), "MODERATOR");
    const kase = await makeMediaCase(testDb(), photoMxc);
    const result = await revealMedia(env.deps, reviewer, { mxc: photoMxc, caseId: kase.id, context: { ipAddress: "127.0.0.1" } });
    if (result.kind !== "image") throw new Error("expected an image");
    expect((await sharp(result.webp).metadata()).width).toBe(1200);
    expect(result.webp.equals(photo)).toBe(false);
    expect(await exposures(reviewer.id, "REVEAL")).toBe(1);
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { type: "MEDIA_REVEALED", actorId: reviewer.id } });
    expect(audit.data).toMatchObject({ mxc: photoMxc, caseId: kase.id, sha256: sha256Hex(photo), childSafety: false, overBudget: false });
    expect([audit.targetType, audit.targetId, audit.ipAddress]).toEqual(["media", photoMxc, "127.0.0.1"]);
  });

  it("writes the exposure and the audit event in one transaction (a failed audit leaves no exposure)", async () => {
    const reviewer = await makeReviewer(testDb(), "MODERATOR");
    const bad = recordRevealExposure(testDb(), {
      reviewer,
      caseId: null,
      mxc: photoMxc,
      sha256: "x".repeat(65), // fails the audit schema inside the transaction
      childSafety: false,
      overBudget: false,
      kind: { type: "reveal" },
    });
    await expect(bad).rejects.toThrow();
    expect(await exposures(reviewer.id, "REVEAL")).toBe(0);
  });

  it("keeps child-safety media from unqualified reviewers, whichever case id they send", async () => {
    const mxc = await env.upload(await photoJpeg(300, 200), "image/jpeg", "cs.jpg");
    const csCase = await makeMediaCase(testDb(), mxc, { policyId: `${HARM_PREFIX}.child_safety.csam`, childSafety: true });
    const harmless = await makeMediaCase(testDb(), photoMxc);
    const triage = await makeReviewer(testDb(), "TRIAGE");
    await expectAppError(previewMedia(env.deps, triage, { mxc, caseId: csCase.id }), "FORBIDDEN");
    await expectAppError(revealMedia(env.deps, triage, { mxc, caseId: harmless.id }), "FORBIDDEN");

    const qualified = await makeReviewer(testDb(), "MODERATOR", true);
    const before = await env.cachedFiles();
    expect(await previewMedia(env.deps, qualified, { mxc, caseId: csCase.id })).toMatchObject({ kind: "image", cached: false });
    expect(await env.cachedFiles()).toEqual(before); // child-safety derivatives never go to disk
    expect(await revealMedia(env.deps, qualified, { mxc, caseId: csCase.id })).toMatchObject({ kind: "image" });
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { type: "MEDIA_REVEALED", actorId: qualified.id } });
    expect(audit.data).toMatchObject({ childSafety: true });
  });

  it("asks for confirmation past the daily budget and records that the reviewer went on", async () => {
    const reviewer = await makeReviewer(testDb(), "TRIAGE");
    await testDb().setting.create({ data: { key: reviewerSettingsKey(reviewer.id), value: { dailyRevealBudget: 2 } } });
    const kase = await makeMediaCase(testDb(), photoMxc);
    for (let i = 0; i < 2; i++) await revealMedia(env.deps, reviewer, { mxc: photoMxc, caseId: kase.id });
    expect(await exposureToday(testDb(), reviewer.id)).toMatchObject({ reveals: 2, budget: 2, remaining: 0, overBudget: true });
    await expectAppError(revealMedia(env.deps, reviewer, { mxc: photoMxc, caseId: kase.id }), "RATE_LIMITED");
    await expectAppError(downloadOriginal(env.deps, reviewer, { mxc: photoMxc, caseId: kase.id }), "RATE_LIMITED");
    await revealMedia(env.deps, reviewer, { mxc: photoMxc, caseId: kase.id, acknowledgeOverBudget: true });
    const last = await testDb().auditEvent.findFirstOrThrow({ where: { type: "MEDIA_REVEALED", actorId: reviewer.id }, orderBy: { seq: "desc" } });
    expect(last.data).toMatchObject({ overBudget: true });
    expect((await exposureToday(testDb(), reviewer.id)).reveals).toBe(3);

    const lead = await makeReviewer(testDb(), "LEAD");
    const totals = await exposureTotals(testDb(), lead, new Date(Date.now() - 3600_000));
    expect(totals.find((t) => t.reviewerId === reviewer.id)).toMatchObject({ reveals: 3, previews: 0 });
    await expectAppError(exposureTotals(testDb(), reviewer, new Date()), "FORBIDDEN");
  });
});

describe("original downloads", () => {
  it("returns the exact original bytes after auditing MEDIA_DOWNLOADED and counting a reveal", async () => {
    const reviewer = await makeReviewer(testDb(), "MODERATOR");
    const kase = await makeMediaCase(testDb(), photoMxc);
    const result = await downloadOriginal(env.deps, reviewer, { mxc: photoMxc, caseId: kase.id });
    if (result.kind !== "file") throw new Error("expected the file");
    expect(Buffer.from(result.bytes).equals(photo)).toBe(true);
    expect(result.name).toBe("holiday.jpg");
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { type: "MEDIA_DOWNLOADED", actorId: reviewer.id } });
    expect(audit.data).toMatchObject({ mxc: photoMxc, caseId: kase.id, size: photo.length, sha256: sha256Hex(photo) });
    expect(await exposures(reviewer.id, "REVEAL")).toBe(1);
  });
});
