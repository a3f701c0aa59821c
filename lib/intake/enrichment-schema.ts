/**
 * The context gathered for a case at intake (`Case.enrichment`): what a reviewer needs before opening anything
 * risky. Every part is optional because any lookup may fail (event purged, room deleted, remote user); failures
 * are listed in `errors` instead. Sizes are bounded so one hostile event cannot bloat the queue's rows.
 */
import { z } from "zod";

export const ENRICHMENT_CONTENT_MAX_CHARS = 16_000;

const ZEnrichedEvent = z.object({
  eventId: z.string(),
  type: z.string(),
  sender: z.string(),
  roomId: z.string().nullable(),
  originServerTs: z.number(),
  /** The content as stored (unredacted from fetch_event); a `{truncated, preview}` stub past the size bound. */
  content: z.unknown(),
  softFailed: z.boolean(),
  policyServerSpammy: z.boolean(),
});

export const ZCaseEnrichment = z.object({
  version: z.literal(1),
  capturedAt: z.string(),
  event: ZEnrichedEvent.nullable(),
  context: z
    .object({ before: z.array(ZEnrichedEvent).max(10), after: z.array(ZEnrichedEvent).max(10) })
    .nullable(),
  room: z
    .object({
      roomId: z.string(),
      name: z.string().nullable(),
      canonicalAlias: z.string().nullable(),
      topic: z.string().nullable(),
      joinedMembers: z.number().nullable(),
      public: z.boolean().nullable(),
    })
    .nullable(),
  sender: z
    .object({
      userId: z.string(),
      local: z.boolean(),
      displayName: z.string().nullable(),
      /** Milliseconds (Synapse's single-user API gives seconds; converted). */
      createdAt: z.number().nullable(),
      suspended: z.boolean().nullable(),
      locked: z.boolean().nullable(),
      deactivated: z.boolean().nullable(),
      shadowBanned: z.boolean().nullable(),
    })
    .nullable(),
  media: z
    .array(
      z.object({
        mxc: z.string(),
        mimetype: z.string().nullable(),
        size: z.number().nullable(),
        uploadName: z.string().nullable(),
        quarantined: z.boolean().nullable(),
      }),
    )
    .max(20),
  earlierCaseIds: z.array(z.string()).max(50),
  errors: z.array(z.object({ part: z.string(), message: z.string() })).max(20),
});

export type TCaseEnrichment = z.infer<typeof ZCaseEnrichment>;
export type TEnrichedEvent = z.infer<typeof ZEnrichedEvent>;
