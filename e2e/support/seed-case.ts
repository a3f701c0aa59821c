/**
 * Seeds a case straight into the e2e database (the `db` fixture), shaped as the intake would write it: a subject,
 * signals with their verbatim `raw`, and an enrichment validated against the intake's own schema, so a test cannot
 * pass on data the real intake would never produce. Keys are unique per call, so parallel workers never collide.
 */
import { randomBytes } from "node:crypto";

import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SignalSource } from "@/lib/generated/prisma/enums";
import { type TCaseEnrichment, type TEnrichedEvent, ZCaseEnrichment } from "@/lib/intake/enrichment-schema";

export const uniq = () => randomBytes(5).toString("hex");

export type SeedSignal = {
  source?: SignalSource;
  reporterMxid?: string | null;
  reason?: string | null;
  score?: number | null;
  harmIds?: string[];
  raw?: Record<string, unknown>;
};

export type SeedCaseInput = {
  serverName: string;
  sender?: string;
  roomId?: string;
  childSafety?: boolean;
  signals: SeedSignal[];
  /** Overrides of the default enrichment parts (an event with `content`, a room, a sender, media...). */
  enrichment?: Partial<TCaseEnrichment> & { eventContent?: Record<string, unknown> };
};

export function enrichedEvent(
  partial: Partial<TEnrichedEvent> & { sender: string; roomId: string; content: unknown },
): TEnrichedEvent {
  return {
    eventId: `$${uniq()}${uniq()}`,
    type: "m.room.message",
    originServerTs: Date.now() - 60_000,
    softFailed: false,
    policyServerSpammy: false,
    ...partial,
  };
}

export async function seedCase(db: Db, input: SeedCaseInput) {
  const sender = input.sender ?? `@sender_${uniq()}:${input.serverName}`;
  const roomId = input.roomId ?? `!room${uniq()}:${input.serverName}`;
  const { eventContent, ...overrides } = input.enrichment ?? {};
  const event = overrides.event ?? enrichedEvent({ sender, roomId, content: eventContent ?? { msgtype: "m.text", body: "hello" } });
  const enrichment = ZCaseEnrichment.parse({
    version: 1,
    capturedAt: new Date().toISOString(),
    event,
    context: { before: [], after: [] },
    room: { roomId, name: "A room", canonicalAlias: null, topic: null, joinedMembers: 12, public: false },
    sender: { userId: sender, local: true, displayName: "Sender", createdAt: Date.now() - 86_400_000, suspended: false, locked: false, deactivated: false, shadowBanned: false },
    media: [],
    earlierCaseIds: [],
    errors: [],
    ...overrides,
  } satisfies TCaseEnrichment);

  const subject = await db.subject.create({
    data: { kind: "EVENT", key: event?.eventId ?? `$${uniq()}`, isLocal: true, server: input.serverName, roomId, senderMxid: sender },
  });
  const reporterOf = (s: SeedSignal, i: number) => (s.reporterMxid === undefined ? `@reporter_${i}:${input.serverName}` : s.reporterMxid);
  const reporters = new Set(input.signals.map(reporterOf).filter(Boolean));
  const created = await db.case.create({
    data: {
      subjectId: subject.id,
      childSafety: input.childSafety ?? false,
      // Validated above; Prisma's JSON input type cannot see that `content: unknown` is JSON.
      enrichment: enrichment as Prisma.InputJsonValue,
      enrichedAt: new Date(),
      signalCount: input.signals.length,
      reporterCount: reporters.size,
      priority: 50,
    },
  });
  await db.signal.createMany({
    data: input.signals.map((s, i) => ({
      source: s.source ?? "EVENT_REPORT",
      sourceId: `e2e-${uniq()}`,
      subjectId: subject.id,
      caseId: created.id,
      reporterMxid: reporterOf(s, i),
      reason: s.reason ?? null,
      score: s.score ?? null,
      harmIds: s.harmIds ?? [],
      occurredAt: new Date(Date.now() - (input.signals.length - i) * 60_000),
      raw: (s.raw ?? { reason: s.reason ?? null, score: s.score ?? null }) as Prisma.InputJsonValue,
    })),
  });
  return { caseId: created.id, number: created.number, sender, roomId, event };
}
