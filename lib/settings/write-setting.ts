/**
 * Writes one `Setting` row and its SETTING_CHANGED audit event (old value → new value) inside the caller's
 * transaction, so a setting never changes without its audit row. Writers of the same key are serialised by a
 * transaction-scoped advisory lock, so the "old" value in the audit row is the one this write really replaced.
 * Saving an identical value changes nothing and records nothing.
 */
import { isDeepStrictEqual } from "node:util";

import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { AuditContext } from "@/lib/audit/types";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { z } from "zod";

type Json = z.infer<ReturnType<typeof z.json>>;

export type SettingActor = { id: string; mxid: string };

export type WriteSettingInput = {
  key: string;
  value: Prisma.InputJsonObject;
  actor: SettingActor;
  context?: AuditContext;
};

/** Seed of the advisory-lock key space for settings rows (any stable number; only this module uses it). */
const SETTINGS_LOCK_SEED = 7_204_311_201;

export async function writeSetting(
  tx: Tx,
  input: WriteSettingInput,
): Promise<{ changed: boolean; updatedAt: Date }> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${input.key}, ${SETTINGS_LOCK_SEED}::bigint))`;
  const before = await tx.setting.findUnique({ where: { key: input.key } });
  // Round-trip through JSON so the comparison sees what PostgreSQL would store (no undefined members).
  const next = JSON.parse(JSON.stringify(input.value)) as Json & Prisma.InputJsonObject;
  if (before && isDeepStrictEqual(before.value, next)) return { changed: false, updatedAt: before.updatedAt };
  const row = await tx.setting.upsert({
    where: { key: input.key },
    create: { key: input.key, value: next, updatedById: input.actor.id },
    update: { value: next, updatedById: input.actor.id },
  });
  await recordAuditEvent(tx, {
    type: "SETTING_CHANGED",
    actor: { kind: "reviewer", id: input.actor.id, mxid: input.actor.mxid },
    target: { type: "setting", id: input.key },
    data: { key: input.key, from: before ? (before.value as Json) : null, to: next },
    context: input.context,
  });
  return { changed: true, updatedAt: row.updatedAt };
}
