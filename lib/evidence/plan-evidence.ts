/**
 * What to snapshot before a decision, from the case and the actions it asks for. Pure, so the rules are unit-tested.
 *
 * Only destructive actions call for evidence: the ones after which the content is gone or unreachable for users
 * (deactivation, redaction, quarantine, media or room deletion, room block). Suspensions and locks change nothing
 * that a later look could not still see. The reported event is always captured when there is one, because Synapse
 * prunes redacted content after `redaction_retention_period` (7 days by default) and a deleted room takes it along.
 */
import type { EnforcementActionSpec, SupportedKind } from "@/lib/enforcement/action-schemas";
import type { TCaseEnrichment } from "@/lib/intake/enrichment-schema";

export const DESTRUCTIVE_KINDS: ReadonlySet<SupportedKind> = new Set([
  "DEACTIVATE_USER",
  "REDACT_USER_EVENTS",
  "QUARANTINE_MEDIA",
  "QUARANTINE_ROOM_MEDIA",
  "QUARANTINE_USER_MEDIA",
  "DELETE_MEDIA",
  "DELETE_ROOM",
  "BLOCK_ROOM",
]);

export interface EvidencePlan {
  events: { eventId: string; roomId: string | null }[];
  /** Files to describe and hash; `keepBytes` for the ones being quarantined or deleted. */
  media: { mxc: string; keepBytes: boolean }[];
  /** Users and rooms whose media is quarantined as a whole: their files are listed (bounded) and kept. */
  userMedia: string[];
  roomMedia: string[];
  /** Rooms being blocked or deleted: details, members and power levels; recent messages when deleted. */
  rooms: { roomId: string; deleting: boolean }[];
}

export type PlanSubject = { kind: string; key: string; roomId: string | null };

export function isDestructive(actions: readonly Pick<EnforcementActionSpec, "kind">[]): boolean {
  return actions.some((a) => DESTRUCTIVE_KINDS.has(a.kind));
}

export function planEvidence(
  subject: PlanSubject,
  enrichment: TCaseEnrichment | null,
  actions: readonly EnforcementActionSpec[],
): EvidencePlan {
  const plan: EvidencePlan = { events: [], media: [], userMedia: [], roomMedia: [], rooms: [] };
  if (!isDestructive(actions)) return plan;

  const eventId = subject.kind === "EVENT" ? subject.key : (enrichment?.event?.eventId ?? null);
  if (eventId) plan.events.push({ eventId, roomId: subject.roomId ?? enrichment?.event?.roomId ?? null });

  const media = new Map<string, boolean>();
  const addMedia = (mxc: string, keepBytes: boolean) =>
    media.set(mxc, (media.get(mxc) ?? false) || keepBytes);
  if (subject.kind === "MEDIA") addMedia(subject.key, false);
  for (const m of enrichment?.media ?? []) addMedia(m.mxc, false);

  for (const a of actions) {
    if (a.kind === "QUARANTINE_MEDIA" || a.kind === "DELETE_MEDIA") addMedia(a.mxc, true);
    else if (a.kind === "QUARANTINE_USER_MEDIA") pushUnique(plan.userMedia, a.userId);
    else if (a.kind === "QUARANTINE_ROOM_MEDIA") pushUnique(plan.roomMedia, a.roomId);
    else if (a.kind === "BLOCK_ROOM" || a.kind === "DELETE_ROOM") {
      const existing = plan.rooms.find((r) => r.roomId === a.roomId);
      if (existing) existing.deleting ||= a.kind === "DELETE_ROOM";
      else plan.rooms.push({ roomId: a.roomId, deleting: a.kind === "DELETE_ROOM" });
    }
  }
  // Files of the reported event are kept when their room or uploader is quarantined wholesale: they are among the
  // items about to become unreachable, and they are the ones the reviewer actually looked at.
  const sender = enrichment?.event?.sender;
  const room = enrichment?.event?.roomId;
  const wholesale = (sender && plan.userMedia.includes(sender)) || (room && plan.roomMedia.includes(room));
  for (const m of enrichment?.media ?? []) if (wholesale) addMedia(m.mxc, true);

  plan.media = [...media].map(([mxc, keepBytes]) => ({ mxc, keepBytes }));
  // Files whose bytes are kept go first, so the per-decision byte budget is spent on them.
  plan.media.sort((a, b) => Number(b.keepBytes) - Number(a.keepBytes));
  return plan;
}

function pushUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}
