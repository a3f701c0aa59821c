/**
 * The parameters of each enforcement kind. A reviewer's decision names actions in this shape; the outbox row keeps
 * the same object (minus `kind`) as its payload, and the worker parses it again with the same schema before calling
 * Synapse, so a row written by an older version (or edited by hand) cannot reach Synapse with the wrong shape.
 *
 * REDACT_EVENT and PUBLISH_POLICY_RULE exist in the database enum but not here: the console cannot carry them out
 * yet, so a decision cannot ask for them (see execute-action.ts).
 */
import { z } from "zod";

import type { Prisma } from "@/lib/generated/prisma/client";
import { parseMxc } from "@/lib/synapse";

// Room v12 ids have no server part ("!opaque"), so only the sigil and the absence of whitespace are required.
export const ZUserId = z.string().trim().max(255).regex(/^@[^\s:]+:[^\s]+$/, "must be a Matrix user id like @u:example.org");
export const ZRoomId = z.string().trim().max(255).regex(/^![^\s]+$/, "must be a Matrix room id like !abc:example.org");
export const ZMxcUri = z.string().trim().max(600).refine((v) => parseMxc(v) !== undefined, "must be an mxc:// URI");

const user = { userId: ZUserId };
const room = { roomId: ZRoomId };
const media = { mxc: ZMxcUri };

export const ZEnforcementActionInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("SUSPEND_USER"), ...user }),
  z.object({ kind: z.literal("UNSUSPEND_USER"), ...user }),
  z.object({ kind: z.literal("LOCK_USER"), ...user }),
  z.object({ kind: z.literal("UNLOCK_USER"), ...user }),
  z.object({ kind: z.literal("DEACTIVATE_USER"), ...user, erase: z.boolean().default(false) }),
  z.object({ kind: z.literal("SHADOW_BAN_USER"), ...user }),
  z.object({ kind: z.literal("UNSHADOW_BAN_USER"), ...user }),
  z
    .object({
      kind: z.literal("REDACT_USER_EVENTS"),
      ...user,
      /** Rooms to include besides those Synapse lists for the user (e.g. rooms they left before a membership lookup). */
      rooms: z.array(ZRoomId).max(1000).default([]),
      since: z.iso.datetime({ offset: true }).optional(),
      until: z.iso.datetime({ offset: true }).optional(),
      /** Events looked at per room, newest first (Synapse's default is 1000). */
      limit: z.number().int().min(1).max(100_000).optional(),
      /** Shown to room members in each redaction event. */
      reason: z.string().trim().max(500).optional(),
    })
    .refine((a) => !a.since || !a.until || Date.parse(a.since) <= Date.parse(a.until), {
      message: "since must not be after until",
      path: ["until"],
    }),
  z.object({ kind: z.literal("QUARANTINE_MEDIA"), ...media }),
  z.object({ kind: z.literal("UNQUARANTINE_MEDIA"), ...media }),
  z.object({ kind: z.literal("QUARANTINE_ROOM_MEDIA"), ...room }),
  z.object({ kind: z.literal("QUARANTINE_USER_MEDIA"), ...user }),
  z.object({ kind: z.literal("PROTECT_MEDIA"), ...media }),
  z.object({ kind: z.literal("DELETE_MEDIA"), ...media }),
  z.object({ kind: z.literal("BLOCK_ROOM"), ...room }),
  z.object({ kind: z.literal("UNBLOCK_ROOM"), ...room }),
  z.object({
    kind: z.literal("DELETE_ROOM"),
    ...room,
    purge: z.boolean().default(true),
    block: z.boolean().default(true),
    /** Shown to the members moved to the replacement room (needs newRoomUserId). */
    message: z.string().trim().max(2000).optional(),
    newRoomUserId: ZUserId.optional(),
  }),
  z.object({ kind: z.literal("REMOVE_ROOM_FROM_DIRECTORY"), ...room }),
  z.object({ kind: z.literal("SEND_SERVER_NOTICE"), ...user, body: z.string().trim().min(1).max(8000) }),
]);

export type TEnforcementActionInput = z.input<typeof ZEnforcementActionInput>;
export type EnforcementActionSpec = z.output<typeof ZEnforcementActionInput>;
export type SupportedKind = EnforcementActionSpec["kind"];
export type SpecOf<K extends SupportedKind> = Extract<EnforcementActionSpec, { kind: K }>;

/** The Matrix id an action is about: the outbox row's `target` column. */
export function actionTarget(action: EnforcementActionSpec): string {
  if ("userId" in action) return action.userId;
  if ("roomId" in action) return action.roomId;
  return action.mxc;
}

/** What the outbox stores in `payload`: the action without its kind (kept in its own column). */
export function actionPayload(action: EnforcementActionSpec): Prisma.InputJsonObject {
  const { kind: _kind, ...rest } = action;
  return rest;
}

/** Reads a stored row back into its typed action; throws ZodError when the row does not fit its kind. */
export function parseStoredAction(kind: string, payload: unknown): EnforcementActionSpec {
  const object = payload && typeof payload === "object" && !Array.isArray(payload) ? payload : {};
  return ZEnforcementActionInput.parse({ ...object, kind });
}
