/**
 * Gathers a case's context from Synapse into `Case.enrichment` (schema: enrichment-schema.ts). Called after the
 * case's signals are committed, never inside their transaction (no Synapse calls under a database lock). Each
 * lookup that fails is recorded in `errors` and the rest still run: a purged event or a deleted room is itself
 * useful context, and must never fail an intake pass.
 */
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseMxc, type Synapse } from "@/lib/synapse";

import { mediaInContent } from "./event-media";
import {
  ENRICHMENT_CONTENT_MAX_CHARS,
  type TCaseEnrichment,
  type TEnrichedEvent,
  ZCaseEnrichment,
} from "./enrichment-schema";
import { cleanJson, cleanText } from "./sanitize";
import { serverOf } from "./subject-identity";

type EventLike = {
  event_id?: string;
  type: string;
  sender: string;
  room_id?: string;
  origin_server_ts: number;
  content: unknown;
  unsigned?: Record<string, unknown>;
};

export async function enrichCase(
  db: Db,
  synapse: Synapse,
  caseId: string,
  serverName: string,
): Promise<TCaseEnrichment> {
  const found = await db.case.findUniqueOrThrow({ where: { id: caseId }, include: { subject: true } });
  const { subject } = found;
  const e: TCaseEnrichment = {
    version: 1,
    capturedAt: new Date().toISOString(),
    event: null,
    context: null,
    room: null,
    sender: null,
    media: [],
    earlierCaseIds: [],
    errors: [],
  };
  const attempt = async (part: string, fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (error) {
      if (e.errors.length < 20)
        e.errors.push({
          part,
          message: cleanText(error instanceof Error ? error.message : String(error)).slice(0, 500),
        });
    }
  };

  let roomId = subject.kind === "ROOM" ? subject.key : subject.roomId;
  let senderId = subject.kind === "USER" ? subject.key : subject.senderMxid;
  if (subject.kind === "EVENT") {
    await attempt("event", async () => {
      const ev = await synapse.rooms.fetchEvent(subject.key);
      e.event = enriched({ ...ev, event_id: subject.key });
      roomId ??= ev.room_id;
      senderId ??= ev.sender;
      e.media = e.media.concat(
        mediaInContent(ev.content).map((m) => ({ ...m, uploadName: null, quarantined: null })),
      );
    });
    if (roomId) {
      const room = roomId;
      await attempt("context", async () => {
        const ctx = await synapse.rooms.getEventContext(room, subject.key, { limit: 6 });
        e.context = {
          before: ctx.events_before.slice(0, 5).map(enriched),
          after: ctx.events_after.slice(0, 5).map(enriched),
        };
      });
    }
  }
  if (roomId) {
    const room = roomId;
    await attempt("room", async () => {
      const r = await synapse.rooms.getRoom(room);
      e.room = {
        roomId: room,
        name: r.name ?? null,
        canonicalAlias: r.canonical_alias ?? null,
        topic: r.topic?.slice(0, 2000) ?? null,
        joinedMembers: r.joined_members ?? null,
        public: r.public ?? null,
      };
    });
  }
  if (senderId) {
    const user = senderId;
    // Synapse answers 400 for a remote user's account: only local accounts have a status to show.
    if (serverOf(user) !== serverName)
      e.sender = {
        userId: user,
        local: false,
        displayName: null,
        createdAt: null,
        suspended: null,
        locked: null,
        deactivated: null,
        shadowBanned: null,
      };
    else
      await attempt("sender", async () => {
        const u = await synapse.users.getUser(user);
        e.sender = {
          userId: user,
          local: true,
          displayName: u.displayname ?? null,
          createdAt: u.creation_ts * 1000,
          suspended: u.suspended ?? null,
          locked: u.locked ?? null,
          deactivated: u.deactivated,
          shadowBanned: u.shadow_banned,
        };
      });
  }
  for (const [i, m] of e.media.entries()) {
    const ref = parseMxc(m.mxc);
    if (!ref) continue;
    await attempt(`media ${m.mxc}`, async () => {
      const info = await synapse.media.getMediaInfo(ref.serverName, ref.mediaId);
      e.media[i] = {
        mxc: m.mxc,
        mimetype: info.media_type,
        size: info.media_length ?? null,
        uploadName: info.upload_name ?? null,
        quarantined: !!info.quarantined_by,
      };
    });
  }
  const earlier = await db.case.findMany({
    where: { subjectId: subject.id, id: { not: caseId } },
    orderBy: { openedAt: "desc" },
    take: 50,
    select: { id: true },
  });
  e.earlierCaseIds = earlier.map((c) => c.id);

  const value = ZCaseEnrichment.parse(cleanJson(e));
  await db.case.update({
    where: { id: caseId },
    data: { enrichment: value as Prisma.InputJsonValue, enrichedAt: new Date() },
  });
  return value;
}

function enriched(ev: EventLike): TEnrichedEvent {
  const text = JSON.stringify(ev.content ?? null);
  const content =
    text.length > ENRICHMENT_CONTENT_MAX_CHARS
      ? { truncated: true, preview: text.slice(0, ENRICHMENT_CONTENT_MAX_CHARS) }
      : ev.content;
  return {
    eventId: ev.event_id ?? "",
    type: ev.type.slice(0, 255),
    sender: ev.sender,
    roomId: ev.room_id ?? null,
    originServerTs: ev.origin_server_ts,
    content,
    softFailed: ev.unsigned?.["io.element.synapse.soft_failed"] === true,
    policyServerSpammy: ev.unsigned?.["io.element.synapse.policy_server_spammy"] === true,
  };
}
