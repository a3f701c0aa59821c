/**
 * Personal API tokens for scripts: `msc_` + 32 random bytes (base64url). Only the SHA-256 is stored, so a leaked
 * database does not leak usable tokens; the secret is shown once. A token acts with its reviewer's current role.
 */
import { createHash, randomBytes } from "node:crypto";

import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { AuditActor } from "@/lib/audit/types";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { type TCreateApiTokenInput, ZCreateApiTokenInput } from "@/lib/reviewers/schemas";

const PREFIX = "msc_";

export function hashApiToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function looksLikeApiToken(value: string): boolean {
  return value.startsWith(PREFIX) && value.length > PREFIX.length + 20 && value.length < 200;
}

export async function createApiToken(
  db: Db,
  input: TCreateApiTokenInput,
  actor: AuditActor,
): Promise<{ id: string; secret: string; prefix: string; expiresAt: Date | null }> {
  const { mxid, name, expiresInDays } = ZCreateApiTokenInput.parse(input);
  const secret = PREFIX + randomBytes(32).toString("base64url");
  const prefix = secret.slice(0, PREFIX.length + 6);
  const expiresAt = expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null;
  return db.$transaction(async (tx) => {
    const reviewer = await tx.reviewer.findUnique({ where: { mxid } });
    if (!reviewer || reviewer.deactivatedAt) throw new AppError("NOT_FOUND", `${mxid} is not an active reviewer.`);
    const token = await tx.apiToken.create({
      data: { reviewerId: reviewer.id, name, prefix, tokenHash: hashApiToken(secret), expiresAt },
    });
    await recordAuditEvent(tx, {
      type: "API_TOKEN_CREATED",
      actor,
      target: { type: "api_token", id: token.id },
      data: { tokenId: token.id, name, prefix, forMxid: mxid, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return { id: token.id, secret, prefix, expiresAt };
  });
}

/** Returns the reviewer id a bearer token stands for, or null if unknown, revoked, expired or deactivated. */
export async function resolveApiToken(db: Db, secret: string): Promise<string | null> {
  if (!looksLikeApiToken(secret)) return null;
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(secret) },
    include: { reviewer: { select: { id: true, deactivatedAt: true } } },
  });
  if (!token || token.revokedAt || token.reviewer.deactivatedAt) return null;
  if (token.expiresAt && token.expiresAt.getTime() <= Date.now()) return null;
  // Best effort: a lost "last used" update must not fail the request.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } }).catch(() => undefined);
  }
  return token.reviewer.id;
}
