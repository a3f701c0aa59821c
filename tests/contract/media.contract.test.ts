/**
 * Media: info, byte access through authenticated media, and quarantine in all its forms, checked by what a normal
 * user and an admin can then download. Every upload has random pixels: quarantine propagates by sha256, so two test
 * files sharing bytes would quarantine each other.
 */
import { randomBytes } from "node:crypto";

import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";

import { parseMxc, SynapseMediaTooLargeError, type MediaRef } from "@/lib/synapse";

import { adminClient, registerUser, type MatrixUser } from "./matrix-user";
import { contractTarget } from "./target";

const target = contractTarget();
const admin = adminClient(target);
let alice: MatrixUser; // uploader
let bob: MatrixUser; // an ordinary viewer
let adminId: string;
let roomId: string;

async function randomPng(): Promise<Uint8Array<ArrayBuffer>> {
  const png = await sharp(randomBytes(64 * 64 * 3), { raw: { width: 64, height: 64, channels: 3 } })
    .png()
    .toBuffer();
  return new Uint8Array(png);
}

async function uploadPng(
  name: string,
  uploader = alice,
): Promise<{ ref: MediaRef; mxc: string; bytes: Uint8Array }> {
  const bytes = await randomPng();
  const mxc = await uploader.upload(bytes, "image/png", name);
  const ref = parseMxc(mxc);
  if (!ref) throw new Error(`not an mxc URI: ${mxc}`);
  return { ref, mxc, bytes };
}

/** Status of a normal authenticated download by `who`: 200 or the error's status. */
async function downloadStatus(who: MatrixUser, ref: MediaRef): Promise<number> {
  return who.as.media.download(ref.serverName, ref.mediaId).then(
    () => 200,
    (e: { status?: number }) => e.status ?? -1,
  );
}

beforeAll(async () => {
  [alice, bob] = await Promise.all([
    registerUser(admin, target, "uploader"),
    registerUser(admin, target, "viewer"),
  ]);
  adminId = (await admin.server.whoami()).user_id;
  roomId = await alice.createRoom({ name: "media contract room" });
  await bob.join(roomId);
});

describe("media info and bytes", () => {
  it("reports the uploader, type, size and hash", async () => {
    const { ref, bytes } = await uploadPng("info.png");
    const info = await admin.media.getMediaInfo(ref.serverName, ref.mediaId);
    expect(info).toMatchObject({
      media_id: ref.mediaId,
      media_type: "image/png",
      media_length: bytes.length,
      user_id: alice.userId,
      upload_name: "info.png",
    });
    expect(info.quarantined_by ?? null).toBeNull();
    expect(info.safe_from_quarantine).toBe(false);
    expect(info.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("downloads bytes and thumbnails through authenticated media, within a byte limit", async () => {
    const { ref, bytes } = await uploadPng("bytes.png");
    const file = await bob.as.media.download(ref.serverName, ref.mediaId);
    expect(file.contentType).toBe("image/png");
    expect(Buffer.from(file.bytes).equals(Buffer.from(bytes))).toBe(true);
    const thumb = await bob.as.media.thumbnail(ref.serverName, ref.mediaId, { width: 32, height: 32 });
    expect(thumb.contentType).toMatch(/^image\//);
    expect(thumb.bytes.length).toBeGreaterThan(0);
    await expect(admin.media.download(ref.serverName, ref.mediaId, { maxBytes: 16 })).rejects.toBeInstanceOf(
      SynapseMediaTooLargeError,
    );
  });
});

describe("quarantine by id", () => {
  it("hides the file from normal downloads; only an admin with the bypass flag gets it, never as a thumbnail", async () => {
    const { ref, bytes } = await uploadPng("quarantine.png");
    await admin.media.quarantine(ref.serverName, ref.mediaId);
    expect((await admin.media.getMediaInfo(ref.serverName, ref.mediaId)).quarantined_by).toBe(adminId);

    expect(await downloadStatus(bob, ref)).toBe(404);
    await expect(admin.media.download(ref.serverName, ref.mediaId)).rejects.toMatchObject({
      status: 404,
      errcode: "M_NOT_FOUND",
    });
    const revealed = await admin.media.download(ref.serverName, ref.mediaId, { bypassQuarantine: true });
    expect(Buffer.from(revealed.bytes).equals(Buffer.from(bytes))).toBe(true);
    await expect(
      bob.as.media.download(ref.serverName, ref.mediaId, { bypassQuarantine: true }),
    ).rejects.toMatchObject({
      status: 400,
      error: "Must be a server admin to bypass quarantine",
    });
    await expect(
      admin.media.thumbnail(ref.serverName, ref.mediaId, { width: 32, height: 32 }),
    ).rejects.toMatchObject({ status: 404 });

    const changes = [];
    for await (const change of admin.media.quarantineChanges())
      if (change.media_id === ref.mediaId) changes.push(change);
    expect(changes).toEqual([{ origin: ref.serverName, media_id: ref.mediaId, quarantined: true }]);

    await admin.media.unquarantine(ref.serverName, ref.mediaId);
    expect(await downloadStatus(bob, ref)).toBe(200);
    expect((await admin.media.getMediaInfo(ref.serverName, ref.mediaId)).quarantined_by ?? null).toBeNull();
  });

  it("protected media is exempt until unprotected", async () => {
    const { ref } = await uploadPng("protected.png");
    await admin.media.protect(ref.mediaId);
    expect((await admin.media.getMediaInfo(ref.serverName, ref.mediaId)).safe_from_quarantine).toBe(true);
    await admin.media.quarantine(ref.serverName, ref.mediaId);
    expect(await downloadStatus(bob, ref)).toBe(200);
    await admin.media.unprotect(ref.mediaId);
    await admin.media.quarantine(ref.serverName, ref.mediaId);
    expect(await downloadStatus(bob, ref)).toBe(404);
    await admin.media.unquarantine(ref.serverName, ref.mediaId);
  });
});

describe("quarantine change feed", () => {
  it("is a stream-position cursor: next_batch stays put at the head, a cursor past it is 400 M_INVALID_PARAM", async () => {
    let head = (await admin.media.listQuarantineChanges()).next_batch;
    for (let pages = 0; pages < 1_000; pages++) {
      const page = await admin.media.listQuarantineChanges(head);
      if (page.changes.length === 0) {
        expect(page.next_batch).toBe(head);
        break;
      }
      expect(page.next_batch).toBeGreaterThan(head);
      head = page.next_batch;
    }
    const { ref } = await uploadPng("feed.png");
    await admin.media.quarantine(ref.serverName, ref.mediaId);
    await admin.media.unquarantine(ref.serverName, ref.mediaId);
    const after = await admin.media.listQuarantineChanges(head);
    expect(after.changes).toEqual([
      { origin: ref.serverName, media_id: ref.mediaId, quarantined: true },
      { origin: ref.serverName, media_id: ref.mediaId, quarantined: false },
    ]);
    await expect(admin.media.listQuarantineChanges(after.next_batch + 1_000_000)).rejects.toMatchObject({
      status: 400,
      errcode: "M_INVALID_PARAM",
    });
  });
});

describe("quarantine by room and by user", () => {
  it("quarantines media referenced in a room's events", async () => {
    const { ref, mxc } = await uploadPng("in-room.png");
    await alice.send(roomId, {
      msgtype: "m.image",
      body: "in-room.png",
      url: mxc,
      info: { mimetype: "image/png" },
    });
    expect((await admin.media.listRoomMedia(roomId)).local).toContain(mxc);
    expect(await admin.media.quarantineRoomMedia(roomId)).toBeGreaterThanOrEqual(1);
    expect(await downloadStatus(bob, ref)).toBe(404);
    await admin.media.unquarantine(ref.serverName, ref.mediaId);
    expect(await downloadStatus(bob, ref)).toBe(200);
  });

  it("quarantines everything a user uploaded, and lists it as the user's media", async () => {
    // A dedicated uploader: user quarantine sweeps every file they ever uploaded.
    const carol = await registerUser(admin, target, "uploader2");
    const first = await uploadPng("user-1.png", carol);
    const second = await uploadPng("user-2.png", carol);
    const page = await admin.users.listUserMedia(carol.userId);
    expect(page.total).toBe(2);
    expect(page.media.map((m) => m.media_id).sort()).toEqual([first.ref.mediaId, second.ref.mediaId].sort());
    expect(page.media[0]).toMatchObject({ media_type: "image/png", safe_from_quarantine: false });
    const walked = [];
    for await (const m of admin.users.userMedia(carol.userId, { limit: 1 })) walked.push(m.media_id);
    expect(walked.sort()).toEqual([first.ref.mediaId, second.ref.mediaId].sort());

    expect(await admin.media.quarantineUserMedia(carol.userId)).toBe(2);
    expect(await downloadStatus(bob, first.ref)).toBe(404);
    expect(await downloadStatus(bob, second.ref)).toBe(404);
    expect(
      (await admin.users.listUserMedia(carol.userId)).media.every((m) => m.quarantined_by === adminId),
    ).toBe(true);
    for (const { ref } of [first, second]) await admin.media.unquarantine(ref.serverName, ref.mediaId);
    expect(await downloadStatus(bob, second.ref)).toBe(200);
  });
});

describe("delete", () => {
  it("removes local media: info then answers 404", async () => {
    const { ref } = await uploadPng("delete.png");
    await expect(admin.media.deleteMedia(ref.serverName, ref.mediaId)).resolves.toEqual({
      deleted_media: [ref.mediaId],
      total: 1,
    });
    await expect(admin.media.getMediaInfo(ref.serverName, ref.mediaId)).rejects.toMatchObject({
      status: 404,
      errcode: "M_NOT_FOUND",
    });
    expect(await downloadStatus(bob, ref)).toBe(404);
  });
});
