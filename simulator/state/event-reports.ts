import type { Direction } from "../http/params";
import type { EventReport, LazyEventReports } from "./reports";

/** One row of the list, before the room and sender columns are joined in. */
export type ReportRef = { kind: "lazy"; index: number } | { kind: "stored"; report: EventReport };

export interface EventReportQuery {
  from: number;
  limit: number;
  dir: Direction;
  /** Row filter built from the `user_id` / `room_id` / `event_sender_user_id` parameters and the room join. */
  predicate?: (fields: { reporter: string; roomId: string; sender: () => string | null }) => boolean;
}

/**
 * Event reports: an optional lazy base (scale scenario) followed by stored reports sorted by `received_ts`, then id.
 * Synapse orders by `received_ts` only (ties are in database order); id breaks ties here so pages are stable.
 */
export class EventReportStore {
  private readonly stored: EventReport[] = [];
  /** Lazy indices an admin deleted, kept sorted so offset -> index stays a short walk. */
  private readonly deletedLazy: number[] = [];

  private lazySource: LazyEventReports | null = null;

  constructor(private readonly senderOf: (eventId: string) => string | null) {}

  get lazy(): LazyEventReports | null {
    return this.lazySource;
  }

  /** Attach the scale scenario's computed reports; only before any report is stored, so the order invariant holds. */
  attachLazy(lazy: LazyEventReports): void {
    if (this.stored.length > 0 || this.lazySource)
      throw new Error("lazy reports must be attached to an empty store");
    this.lazySource = lazy;
  }

  add(report: EventReport): void {
    if (this.lazy && report.receivedTs < this.lazy.maxReceivedTs) {
      throw new Error("stored reports must be newer than the lazy scale reports");
    }
    let i = this.stored.length;
    while (i > 0) {
      const prev = this.stored[i - 1] as EventReport;
      if (
        prev.receivedTs < report.receivedTs ||
        (prev.receivedTs === report.receivedTs && prev.id < report.id)
      )
        break;
      i -= 1;
    }
    this.stored.splice(i, 0, report);
  }

  get storedCount(): number {
    return this.stored.length;
  }

  private get lazyLive(): number {
    return this.lazy ? this.lazy.count - this.deletedLazy.length : 0;
  }

  get total(): number {
    return this.lazyLive + this.stored.length;
  }

  /** The k-th row in ascending order (0-based), skipping deleted lazy rows. */
  private refAt(k: number): ReportRef {
    if (k < this.lazyLive) {
      let index = k;
      for (const d of this.deletedLazy) {
        if (d <= index) index += 1;
        else break;
      }
      return { kind: "lazy", index };
    }
    return { kind: "stored", report: this.stored[k - this.lazyLive] as EventReport };
  }

  /** `get_event_reports_paginate`: LIMIT/OFFSET over the filtered, ordered rows, plus the filtered count. */
  list(query: EventReportQuery): { rows: ReportRef[]; total: number } {
    const { predicate } = query;
    if (!predicate) {
      const total = this.total;
      const rows: ReportRef[] = [];
      for (let o = query.from; o < Math.min(total, query.from + query.limit); o++) {
        rows.push(this.refAt(query.dir === "f" ? o : total - 1 - o));
      }
      return { rows, total };
    }
    // Filtered: one bounded pass over every row, counting matches and keeping the requested window.
    const rows: ReportRef[] = [];
    let total = 0;
    const visit = (ref: ReportRef) => {
      if (!predicate(this.fieldsOf(ref))) return;
      if (total >= query.from && rows.length < query.limit) rows.push(ref);
      total += 1;
    };
    const n = this.total;
    for (let o = 0; o < n; o++) visit(this.refAt(query.dir === "f" ? o : n - 1 - o));
    return { rows, total };
  }

  private fieldsOf(ref: ReportRef): { reporter: string; roomId: string; sender: () => string | null } {
    if (ref.kind === "lazy" && this.lazy) {
      const lazy = this.lazy;
      return {
        reporter: lazy.reporterAt(ref.index),
        roomId: lazy.roomAt(ref.index),
        sender: () => lazy.senderAt(ref.index),
      };
    }
    const r = (ref as { kind: "stored"; report: EventReport }).report;
    return { reporter: r.userId, roomId: r.roomId, sender: () => this.senderOf(r.eventId) };
  }

  materialize(ref: ReportRef): EventReport {
    if (ref.kind === "stored") return ref.report;
    if (!this.lazy) throw new Error("no lazy reports");
    return this.lazy.reportAt(ref.index);
  }

  find(id: number): EventReport | undefined {
    const stored = this.stored.find((r) => r.id === id);
    if (stored) return stored;
    const index = this.lazy?.indexOfId(id);
    if (index === undefined || this.isDeletedLazy(index)) return undefined;
    return this.lazy?.reportAt(index);
  }

  delete(id: number): boolean {
    const i = this.stored.findIndex((r) => r.id === id);
    if (i >= 0) {
      this.stored.splice(i, 1);
      return true;
    }
    const index = this.lazy?.indexOfId(id);
    if (index === undefined || this.isDeletedLazy(index)) return false;
    const at = this.deletedLazy.findIndex((d) => d > index);
    this.deletedLazy.splice(at < 0 ? this.deletedLazy.length : at, 0, index);
    return true;
  }

  private isDeletedLazy(index: number): boolean {
    return this.deletedLazy.includes(index);
  }

  /** Stored reports in ascending order (tests and the webhook sender read these). */
  storedReports(): readonly EventReport[] {
    return this.stored;
  }
}
