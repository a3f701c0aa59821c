/**
 * The media routes end to end (permission check, validation, headers), with the session and the environment-built
 * dependencies replaced by a test reviewer, the per-file database and the simulator.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import type { CurrentReviewer } from "@/lib/auth/types";
import { permissionsOf } from "@/lib/auth/permissions";
import { sha256Hex } from "@/lib/media/hash-media";
import { photoJpeg, SCRIPTED_SVG } from "@/lib/media/testing/fixtures";
import { makeMediaCase, makeReviewer, type MediaTestEnv, startMediaTestEnv } from "@/lib/media/testing/media-test-env";
import { testDb } from "@/tests/integration/per-file-database";

const state = vi.hoisted(() => ({ reviewer: null as CurrentReviewer | null, env: null as MediaTestEnv | null }));

vi.mock("server-only", () => ({}));
vi.mock("@/lib/auth/session", () => ({ getCurrentReviewer: () => Promise.resolve(state.reviewer) }));
vi.mock("@/lib/media/media-deps", () => ({ defaultMediaDeps: () => state.env!.deps }));
vi.mock("@/lib/db/client", async () => ({ db: (await import("@/tests/integration/per-file-database")).testDb }));

const { GET: preview } = await import("./preview/route");
const { POST: reveal } = await import("./reveal/route");
const { GET: original } = await import("./original/route");
const { GET: myExposure } = await import("../me/exposure/route");

let photo: Buffer;
let photoMxc: string;
let caseId: string;

beforeAll(async () => {
  state.env = await startMediaTestEnv(testDb());
  photo = await photoJpeg(800, 600);
  photoMxc = await state.env.upload(photo, "image/jpeg", 'evil"name.jpg');
  caseId = (await makeMediaCase(testDb(), photoMxc)).id;
  const row = await makeReviewer(testDb(), "MODERATOR");
  state.reviewer = { ...row, permissions: permissionsOf(row), via: "api_token" };
});
afterAll(async () => state.env?.stop());

const url = (path: string, params: Record<string, string>) => `http://console.test/api/v1/media/${path}?${new URLSearchParams(params)}`;

describe("media routes", () => {
  it("serves the preview with inert headers", async () => {
    const res = await preview(new Request(url("preview", { mxc: photoMxc, caseId, greyscale: "1" })));
    expect(res.status).toBe(200);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      "content-type": "image/webp",
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
      "content-security-policy": "default-src 'none'",
      "content-disposition": 'inline; filename="preview.webp"',
    });
  });

  it("answers 415 with a descriptor for an SVG", async () => {
    const mxc = await state.env!.upload(SCRIPTED_SVG, "image/svg+xml", "x.svg");
    const res = await preview(new Request(url("preview", { mxc })));
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ media: { type: "image/svg+xml", sha256: sha256Hex(SCRIPTED_SVG) } });
  });

  it("serves the original only as a sandboxed attachment with a sanitised name", async () => {
    const res = await original(new Request(url("original", { mxc: photoMxc, caseId })));
    expect(res.status).toBe(200);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      "content-type": "application/octet-stream",
      "content-disposition": `attachment; filename="evil_name.jpg"; filename*=UTF-8''evil_name.jpg`,
      "content-security-policy": "sandbox; default-src 'none'",
      "x-content-type-options": "nosniff",
    });
    expect(Buffer.from(await res.arrayBuffer()).equals(photo)).toBe(true);
  });

  it("reveals on a JSON POST and counts it in /me/exposure", async () => {
    const post = (body: unknown, type = "application/json") =>
      reveal(new Request("http://console.test/api/v1/media/reveal", { method: "POST", headers: { "content-type": type }, body: JSON.stringify(body) }));
    expect((await post({ mxc: photoMxc, caseId }, "text/plain")).status).toBe(400);
    expect((await post({ mxc: "mxc://localhost/../x", caseId })).status).toBe(400);
    const res = await post({ mxc: photoMxc, caseId });
    expect([res.status, res.headers.get("content-type")]).toEqual([200, "image/webp"]);
    const me = (await (await myExposure(new Request("http://console.test/api/v1/me/exposure"))).json()) as { reveals: number; budget: number };
    expect(me).toMatchObject({ reveals: 2, budget: 40 }); // the original download above counts as a reveal
  });

  it("refuses cross-site requests, signed-out callers and bad input", async () => {
    const crossSite = new Request(url("preview", { mxc: photoMxc }), { headers: { "sec-fetch-site": "cross-site" } });
    expect((await preview(crossSite)).status).toBe(403);
    expect((await preview(new Request(url("preview", { mxc: "https://evil.example/x" })))).status).toBe(400);
    const saved = state.reviewer;
    state.reviewer = null;
    expect((await preview(new Request(url("preview", { mxc: photoMxc })))).status).toBe(401);
    state.reviewer = saved;
  });
});
