import { createHash, randomBytes } from "node:crypto";

import type { Prng } from "../scenario/prng";

/**
 * Identifiers shaped like Synapse's: room ids are 18 random letters (`random_string(18)`), event ids are 43 characters
 * of URL-safe base64 (room v4+), media ids 24 letters, task ids (`redact_id`, `delete_id`) 16 letters. They come from
 * the state's seeded PRNG so that a scenario is reproducible; access tokens do not (see `newAccessToken`).
 */
export class IdFactory {
  constructor(
    private readonly prng: Prng,
    private readonly serverName: string,
  ) {}

  roomId(): string {
    return `!${this.prng.letters(18)}:${this.serverName}`;
  }

  eventId(): string {
    return `$${this.prng.bytes(32).toString("base64url")}`;
  }

  mediaId(): string {
    return this.prng.letters(24);
  }

  taskId(): string {
    return this.prng.letters(16);
  }

  deviceId(): string {
    return this.prng.letters(10).toUpperCase();
  }

  /** Synapse's signing key id looks like `ed25519:a_AbCd`. */
  keyId(): string {
    return `ed25519:a_${this.prng.letters(4)}`;
  }

  nonce(): string {
    return this.prng.bytes(64).toString("hex");
  }

  /** `generate_fake_event_id()`: what a shadow-banned sender is told. */
  fakeEventId(): string {
    return `$${this.prng.letters(43)}`;
  }
}

/**
 * Access tokens use real randomness: a demo simulator may listen on a LAN, and a seed printed in a bug report must not
 * let anyone reproduce its tokens. Format follows Synapse's `syt_<base64 localpart>_<random>_<crc>`.
 */
export function newAccessToken(localpart: string): string {
  const random = randomBytes(15).toString("base64url").replace(/[-_]/g, "x").slice(0, 20);
  const crc = createHash("sha256").update(`${localpart}${random}`).digest("base64url").slice(0, 6);
  return `syt_${Buffer.from(localpart).toString("base64url")}_${random}_${crc}`;
}

/** Unpadded standard base64 of a sha256, the shape of event `hashes.sha256` and content hashes. */
export function sha256Base64(data: string): string {
  return createHash("sha256").update(data).digest("base64").replace(/=+$/, "");
}

export function sha256Hex(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex");
}
