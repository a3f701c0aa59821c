/** User reports (`USER_REPORT`, Synapse ≥ 1.152): one signal per report, about the reported user. */
import type { Synapse } from "@/lib/synapse";

import { harmHintsFromReason } from "../harm-keywords";
import { listUserReportsRaw, ZUserReportCore } from "../lenient-feeds";
import { reasonText } from "../sanitize";
import type { IncomingSignal } from "../types";
import type { OffsetReportSourceConfig } from "./offset-report-source";

export function userReportSource(synapse: Synapse): OffsetReportSourceConfig {
  return {
    source: "USER_REPORT",
    fetchPage: (from, limit) => listUserReportsRaw(synapse, from, limit),
    idOf: (item) => ZUserReportCore.pick({ id: true }).safeParse(item).data?.id,
    // The list row is the whole record (the detail endpoint returns the same keys), so no detail fetch.
    toSignals: async (items) => {
      const signals = items.map((p) => toUserSignal(p.item)).filter((s): s is IncomingSignal => s !== null);
      return { signals, rejected: items.length - signals.length };
    },
  };
}

export function toUserSignal(item: unknown): IncomingSignal | null {
  const core = ZUserReportCore.safeParse(item);
  if (!core.success) return null;
  const r = core.data;
  const occurredAt = new Date(r.received_ts);
  if (Number.isNaN(occurredAt.getTime())) return null;
  const reason = reasonText(r.reason);
  return {
    source: "USER_REPORT",
    sourceId: String(r.id),
    subject: { kind: "USER", key: r.target_user_id },
    reporterMxid: r.user_id,
    reason,
    score: null,
    harmIds: harmHintsFromReason(reason),
    occurredAt,
    raw: item,
  };
}
