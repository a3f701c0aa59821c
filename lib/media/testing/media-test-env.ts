/**
 * Integration-test wiring for lib/media: the simulator (demo scenario: photos, one quarantined graphic image),
 * a Synapse client on it, a temporary preview cache, and helpers to upload files and make reviewers and cases in
 * the per-file test database.
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import type { Db } from "@/lib/db/client";
import type { ReviewerRole } from "@/lib/generated/prisma/enums";
import { createSynapse } from "@/lib/synapse/synapse";
import { startSimulator, type SimulatorHandle } from "@/simulator/server";

import { DEFAULT_DECODE_LIMITS } from "../decode-limits";
import type { MediaDeps } from "../media-deps";
import { createPreviewCache } from "../preview-cache";

export interface MediaTestEnv {
  sim: SimulatorHandle;
  deps: MediaDeps;
  cacheDir: string;
  cachedFiles(): Promise<string[]>;
  upload(bytes: Buffer, contentType: string, fileName: string): Promise<string>;
  quarantinedDemoMxc(): Promise<string>;
  stop(): Promise<void>;
}

export async function startMediaTestEnv(db: Db): Promise<MediaTestEnv> {
  const sim = await startSimulator({ port: 0, scenario: "demo", shadowBanDelayMs: [0, 0], jobDelayMs: 20 });
  const synapse = createSynapse({ baseUrl: sim.url, accessToken: sim.adminToken, maxRetries: 0 });
  const root = await mkdtemp(path.join(tmpdir(), "media-it-"));
  const cacheDir = path.join(root, "media-cache");
  const deps: MediaDeps = {
    db,
    media: synapse.media,
    cache: createPreviewCache({ dir: cacheDir, maxBytes: 50 * 1024 * 1024 }),
    limits: DEFAULT_DECODE_LIMITS,
    now: () => new Date(),
  };
  const auth = { authorization: `Bearer ${sim.adminToken}` };
  return {
    sim,
    deps,
    cacheDir,
    cachedFiles: async () => (await readdir(cacheDir).catch(() => [])).filter((f) => f.endsWith(".webp")),
    async upload(bytes, contentType, fileName) {
      const res = await fetch(`${sim.url}/_matrix/media/v3/upload?filename=${encodeURIComponent(fileName)}`, {
        method: "POST",
        headers: { ...auth, "content-type": contentType },
        body: new Uint8Array(bytes),
      });
      return ((await res.json()) as { content_uri: string }).content_uri;
    },
    async quarantinedDemoMxc() {
      const page = await synapse.media.listQuarantineChanges();
      const change = page.changes.find((c) => c.quarantined);
      if (!change) throw new Error("the demo scenario has no quarantined media");
      return `mxc://${change.origin}/${change.media_id}`;
    },
    async stop() {
      await sim.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}

let counter = 0;

export async function makeReviewer(db: Db, role: ReviewerRole, childSafety = false) {
  counter += 1;
  return db.reviewer.create({
    data: { mxid: `@media-${role.toLowerCase()}-${counter}-${Date.now()}:example.org`, role, childSafety },
  });
}

export async function makeMediaCase(db: Db, mxc: string, options: { policyId?: string; childSafety?: boolean } = {}) {
  const subject = await db.subject.upsert({
    where: { kind_key: { kind: "MEDIA", key: mxc } },
    create: { kind: "MEDIA", key: mxc, isLocal: true, server: "localhost" },
    update: {},
  });
  // One open case per subject (a partial unique index): reuse it when a test already opened one.
  const open = await db.case.findFirst({ where: { subjectId: subject.id } });
  if (open) return open;
  return db.case.create({
    data: { subjectId: subject.id, suggestedPolicyId: options.policyId, childSafety: options.childSafety ?? false },
  });
}
