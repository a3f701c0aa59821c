/**
 * Puts a real image on the real Synapse peer, uploaded by an ordinary test user (as a reported user would have),
 * so the console's preview pipeline fetches it from the homeserver exactly as in production.
 */
import { createHash, randomBytes } from "node:crypto";

import sharp from "sharp";

import { createMatrixUser } from "../fixtures";
import { readE2EState } from "../state";

/** A small PNG with a visible pattern (so a blurred and an unblurred rendition differ). */
export async function generatePng(): Promise<Buffer> {
  const width = 160;
  const height = 120;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const on = (Math.floor(x / 10) + Math.floor(y / 10)) % 2 === 0;
      pixels.set(on ? [220, 40, 40] : [30, 30, 200], (y * width + x) * 3);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).png().toBuffer();
}

export async function uploadPngAsTestUser(): Promise<{ mxc: string; sha256: string; size: number; uploader: string }> {
  const { synapse } = readE2EState();
  const localpart = `e2e_uploader_${randomBytes(4).toString("hex")}`;
  const password = `pw-${randomBytes(9).toString("base64url")}`;
  const uploader = await createMatrixUser(localpart, password);
  const login = await fetch(`${synapse.url}/_matrix/client/v3/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ type: "m.login.password", identifier: { type: "m.id.user", user: localpart }, password }),
  });
  if (!login.ok) throw new Error(`Logging in ${uploader} failed: ${login.status} ${await login.text()}`);
  const { access_token: token } = (await login.json()) as { access_token: string };
  const png = await generatePng();
  const upload = await fetch(`${synapse.url}/_matrix/media/v3/upload?filename=evidence.png`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "image/png" },
    body: new Uint8Array(png),
  });
  if (!upload.ok) throw new Error(`Uploading to Synapse failed: ${upload.status} ${await upload.text()}`);
  const { content_uri: mxc } = (await upload.json()) as { content_uri: string };
  return { mxc, sha256: createHash("sha256").update(png).digest("hex"), size: png.byteLength, uploader };
}
