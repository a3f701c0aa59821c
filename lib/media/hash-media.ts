/**
 * Hashes of the original bytes. SHA-256 is what Synapse stores (quarantine follows it) and what evidence records
 * cite; MD5 is still the format of several industry hash lists, so it is computed for matching, never for integrity.
 */
import { createHash } from "node:crypto";

export interface MediaHashes {
  sha256: string;
  md5: string;
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function hashMedia(bytes: Uint8Array): MediaHashes {
  return { sha256: sha256Hex(bytes), md5: createHash("md5").update(bytes).digest("hex") };
}
