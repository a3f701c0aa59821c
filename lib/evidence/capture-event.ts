/**
 * The event snapshot: the stored event as Synapse has it (admin `fetch_event` returns the original content even
 * after a redaction, until Synapse prunes it) and its neighbours from the admin context view. When Synapse cannot
 * answer (event purged, room deleted, old Synapse) the context captured at intake stands in, and the snapshot says
 * which source it came from.
 */
import { canonicalJson } from "@/lib/audit/chain";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TCaseEnrichment } from "@/lib/intake/enrichment-schema";
import { sha256Hex } from "@/lib/media/hash-media";
import type { RoomsApi } from "@/lib/synapse/rooms";

import type { PreparedSnapshot } from "./types";

const CONTEXT_LIMIT = 10;

export async function captureEvent(
  rooms: RoomsApi,
  target: { eventId: string; roomId: string | null },
  enrichment: TCaseEnrichment | null,
): Promise<PreparedSnapshot> {
  const errors: string[] = [];
  const enriched = enrichment?.event?.eventId === target.eventId ? enrichment : null;

  let event: unknown = null;
  let eventSource: "fetch_event" | "enrichment" | null = null;
  try {
    event = await rooms.fetchEvent(target.eventId);
    eventSource = "fetch_event";
  } catch (error) {
    errors.push(`fetch_event: ${message(error)}`);
    if (enriched?.event) [event, eventSource] = [enriched.event, "enrichment"];
  }

  let context: unknown = null;
  let contextSource: "context" | "enrichment" | null = null;
  if (target.roomId) {
    try {
      const around = await rooms.getEventContext(target.roomId, target.eventId, { limit: CONTEXT_LIMIT });
      context = { before: around.events_before, after: around.events_after };
      contextSource = "context";
    } catch (error) {
      errors.push(`context: ${message(error)}`);
    }
  }
  if (!context && enriched?.context) [context, contextSource] = [enriched.context, "enrichment"];

  const data = toJson({
    eventId: target.eventId,
    roomId: target.roomId,
    eventSource,
    event,
    contextSource,
    context,
    errors,
  });
  return {
    kind: "event",
    subjectKey: target.eventId,
    data,
    content: null,
    sha256: sha256Hex(canonicalJson(data)),
  };
}

/** Plain JSON (no undefined), so the hash is of exactly what the row stores. */
export function toJson(value: Record<string, unknown>): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonObject;
}

export function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 300);
}
