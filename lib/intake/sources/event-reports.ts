/**
 * Event reports (`EVENT_REPORT`): one signal per Synapse report, about the reported event. The detail's
 * `event_json` (the unredacted stored event; evidence that Synapse prunes after its redaction retention period)
 * is fetched for new reports only, a few at a time; with `fetchDetails: false` it is left to enrichment.
 */
import type { Synapse } from "@/lib/synapse";

import { harmHintsFromReason } from "../harm-keywords";
import { eventReportDetailRaw, listEventReportsRaw, ZEventReportCore } from "../lenient-feeds";
import { mapConcurrent } from "../map-concurrent";
import { reasonText, scoreValue } from "../sanitize";
import type { IncomingSignal } from "../types";
import type { OffsetReportSourceConfig } from "./offset-report-source";
import type { PageItem } from "./newest-first-pages";

export type EventReportSourceOptions = { fetchDetails: boolean; detailConcurrency: number };

export function eventReportSource(
  synapse: Synapse,
  options: EventReportSourceOptions,
): OffsetReportSourceConfig {
  return {
    source: "EVENT_REPORT",
    fetchPage: (from, limit) => listEventReportsRaw(synapse, from, limit),
    idOf: (item) => ZEventReportCore.pick({ id: true }).safeParse(item).data?.id,
    toSignals: async (items: PageItem[]) => {
      const parsed = items.map((p) => ({ p, row: ZEventReportCore.safeParse(p.item) }));
      const valid = parsed.filter((x) => x.row.success);
      const details = options.fetchDetails
        ? await mapConcurrent(valid, options.detailConcurrency, (x) => eventReportDetailRaw(synapse, x.p.id))
        : [];
      const signals = valid.map((x, i) => toSignal(x.p.item as Record<string, unknown>, details[i]));
      return {
        signals: signals.filter((s): s is IncomingSignal => s !== null),
        rejected: items.length - signals.filter(Boolean).length,
      };
    },
  };
}

export function toSignal(
  row: Record<string, unknown>,
  detail: Record<string, unknown> | undefined,
): IncomingSignal | null {
  const core = ZEventReportCore.safeParse(row);
  if (!core.success) return null;
  const r = core.data;
  const occurredAt = new Date(r.received_ts);
  if (Number.isNaN(occurredAt.getTime())) return null;
  const reason = reasonText(r.reason);
  return {
    source: "EVENT_REPORT",
    sourceId: String(r.id),
    subject: {
      kind: "EVENT",
      key: r.event_id,
      roomId: r.room_id,
      senderMxid: typeof r.sender === "string" ? r.sender : null,
    },
    reporterMxid: r.user_id,
    reason,
    score: scoreValue(r.score),
    harmIds: harmHintsFromReason(reason),
    occurredAt,
    // The detail is the list row plus `event_json`; keep the richer record when we have it.
    raw: detail ?? row,
  };
}
