import type { JsonObject } from "./json";
import type { StoredEvent } from "./events";

export interface EventReport {
  id: number;
  receivedTs: number;
  roomId: string;
  eventId: string;
  /** The reporter. */
  userId: string;
  /** The whole request body, as Synapse stores it; `reason` and `score` are read out of it. */
  content: JsonObject;
}

export interface UserReport {
  id: number;
  receivedTs: number;
  targetUserId: string;
  userId: string;
  reason: string;
}

export interface RoomReport {
  id: number;
  receivedTs: number;
  roomId: string;
  userId: string;
  reason: string;
}

/**
 * A read-only, computed-on-demand sequence of event reports (the `{ scale: N }` scenario). Report i is a pure function
 * of the seed and i, ordered by index in both `received_ts` and `id`, so offset pagination is index arithmetic and no
 * report object outlives the request that asked for it. The cheap accessors let filters scan without building reports.
 */
export interface LazyEventReports {
  readonly count: number;
  idAt(i: number): number;
  indexOfId(id: number): number | undefined;
  reporterAt(i: number): string;
  roomAt(i: number): string;
  senderAt(i: number): string;
  reportAt(i: number): EventReport;
  /** The reported event, for the detail view and admin fetch_event. */
  eventAt(i: number): StoredEvent;
  indexOfEventId(eventId: string): number | undefined;
  /** Largest id handed out, so reports filed at runtime continue above it. */
  readonly maxId: number;
  /** Newest `received_ts`; runtime reports are newer, which keeps the merged order simple. */
  readonly maxReceivedTs: number;
  /** Every room a lazy report can point at (to know cheaply whether the room join hides any). */
  readonly roomIds: readonly string[];
}

/** Report ids: each table has its own counter, not starting at 1 (a client must not assume density or origin). */
export class IdSequence {
  constructor(private next: number) {}

  take(): number {
    const id = this.next;
    this.next += 1;
    return id;
  }

  /** Leave a hole, as rows deleted by an admin or rolled-back transactions do in a real database. */
  skip(n: number): void {
    this.next += n;
  }

  peek(): number {
    return this.next;
  }
}

/** User reports (Synapse >= 1.152): ordered by `received_ts`, LIKE filters, no join. */
export class UserReportStore {
  readonly rows: UserReport[] = [];

  add(report: UserReport): void {
    this.rows.push(report);
    this.rows.sort((a, b) => a.receivedTs - b.receivedTs || a.id - b.id);
  }

  find(id: number): UserReport | undefined {
    return this.rows.find((r) => r.id === id);
  }

  delete(id: number): boolean {
    const i = this.rows.findIndex((r) => r.id === id);
    if (i < 0) return false;
    this.rows.splice(i, 1);
    return true;
  }
}

/** Room reports: stored by the client endpoint since 1.119; listed only by the proposed admin API (PR #19648). */
export class RoomReportStore {
  readonly rows: RoomReport[] = [];

  add(report: RoomReport): void {
    this.rows.push(report);
    this.rows.sort((a, b) => a.id - b.id);
  }

  find(id: number): RoomReport | undefined {
    return this.rows.find((r) => r.id === id);
  }
}
