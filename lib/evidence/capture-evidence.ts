/**
 * Everything to snapshot before one decision, captured outside any transaction (Synapse is slow and may be down;
 * a transaction must never wait on it). The result is handed to decideCase, which writes it in the decision's own
 * transaction. A part that cannot be captured becomes a `capture_error` snapshot instead of blocking the decision:
 * a homeserver that cannot answer must not stop a reviewer from acting on abuse, but the record must say that the
 * evidence is missing and why.
 */
import { canonicalJson } from "@/lib/audit/chain";
import type { Db } from "@/lib/db/client";
import type { EnforcementActionSpec } from "@/lib/enforcement/action-schemas";
import { AppError } from "@/lib/errors";
import { type TCaseEnrichment, ZCaseEnrichment } from "@/lib/intake/enrichment-schema";
import { sha256Hex } from "@/lib/media/hash-media";
import type { Synapse } from "@/lib/synapse";

import { captureEvent, message, toJson } from "./capture-event";
import { type ByteBudget, captureMedia } from "./capture-media";
import { captureRoom } from "./capture-room";
import { listRoomMedia, listUserUploads, type MediaListing } from "./list-wholesale-media";
import { planEvidence } from "./plan-evidence";
import type { EvidenceLimits, PreparedEvidence, PreparedSnapshot } from "./types";

export interface EvidenceDeps {
  db: Db;
  synapse: Pick<Synapse, "media" | "rooms" | "users">;
  limits: EvidenceLimits;
  now: () => Date;
}

export async function captureEvidence(
  deps: EvidenceDeps,
  input: { caseId: string; actions: readonly EnforcementActionSpec[] },
): Promise<PreparedEvidence> {
  const row = await deps.db.case.findUnique({ where: { id: input.caseId }, include: { subject: true } });
  if (!row) throw new AppError("NOT_FOUND", "No such case.");
  const parsed = ZCaseEnrichment.safeParse(row.enrichment);
  const enrichment: TCaseEnrichment | null = parsed.success ? parsed.data : null;
  const plan = planEvidence(row.subject, enrichment, input.actions);
  const { synapse, limits } = deps;
  const snapshots: PreparedSnapshot[] = [];
  const guarded = async (part: string, key: string, capture: () => Promise<PreparedSnapshot>) => {
    try {
      snapshots.push(await capture());
    } catch (error) {
      snapshots.push(captureError(part, key, error));
    }
  };

  for (const e of plan.events)
    await guarded("event", e.eventId, () => captureEvent(synapse.rooms, e, enrichment));
  for (const r of plan.rooms) await guarded("room", r.roomId, () => captureRoom(synapse.rooms, r));

  const media = [...plan.media];
  const listings: [string, () => Promise<MediaListing>][] = [
    ...plan.userMedia.map((u): [string, () => Promise<MediaListing>] => [
      u,
      () => listUserUploads(synapse.users, u, limits.maxListedMedia),
    ]),
    ...plan.roomMedia.map((r): [string, () => Promise<MediaListing>] => [
      r,
      () => listRoomMedia(synapse.media, r, limits.maxListedMedia),
    ]),
  ];
  for (const [owner, list] of listings) {
    try {
      const listing = await list();
      for (const mxc of listing.mxcs)
        if (!media.some((m) => m.mxc === mxc)) media.push({ mxc, keepBytes: true });
      if (listing.total > listing.mxcs.length) {
        snapshots.push(
          captureError(
            "media_listing",
            owner,
            `${listing.total - listing.mxcs.length} of ${listing.total} files not captured (listing cap ${limits.maxListedMedia})`,
          ),
        );
      }
    } catch (error) {
      snapshots.push(captureError("media_listing", owner, error));
    }
  }
  // Sequential on purpose: the per-decision byte budget is spent in plan order.
  const budget: ByteBudget = { remaining: limits.maxDecisionBytes };
  for (const m of media) await guarded("media", m.mxc, () => captureMedia(synapse.media, m, limits, budget));

  return {
    caseId: row.id,
    capturedAt: deps.now().toISOString(),
    retentionDays: limits.retentionDays,
    snapshots,
  };
}

function captureError(part: string, key: string, error: unknown): PreparedSnapshot {
  const data = toJson({ part, subjectKey: key, message: typeof error === "string" ? error : message(error) });
  return {
    kind: "capture_error",
    subjectKey: key,
    data,
    content: null,
    sha256: sha256Hex(canonicalJson(data)),
  };
}
