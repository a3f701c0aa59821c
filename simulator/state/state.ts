import { Prng } from "../scenario/prng";
import { EventReportStore } from "./event-reports";
import type { StoredEvent } from "./events";
import { IdFactory } from "./ids";
import { JobStore } from "./jobs";
import { MediaStore } from "./media";
import { IdSequence, RoomReportStore, UserReportStore, type LazyEventReports } from "./reports";
import { RoomStore } from "./rooms";
import { UserStore } from "./users";

export interface StateConfig {
  serverName: string;
  seed: number;
  /** SQLite's LIKE ignores ASCII case, PostgreSQL's does not; the verified test peer runs SQLite. */
  likeCaseInsensitive: boolean;
  /** How long asynchronous admin tasks (redaction, room deletion) stay `active`. */
  jobDelayMs: number;
  clock?: () => number;
}

/** Matches the test peer's `server_notices` block (scripts/synapse-peer/homeserver.yaml.tmpl). */
export const SERVER_NOTICES = {
  localpart: "notices",
  displayname: "Server Notices",
  roomName: "Server Notices",
} as const;

/** The whole simulated homeserver, one store per concern. Handlers and the scenario generator both write through it. */
export class SimState {
  readonly serverName: string;
  readonly users: UserStore;
  readonly rooms = new RoomStore();
  readonly media: MediaStore;
  readonly jobs: JobStore;
  readonly eventReports: EventReportStore;
  readonly userReports = new UserReportStore();
  readonly roomReports = new RoomReportStore();
  readonly reportIds: { event: IdSequence; user: IdSequence; room: IdSequence };

  /** The scale scenario: computed reports, and runtime reports numbered after them. */
  attachLazyReports(lazy: LazyEventReports): void {
    this.eventReports.attachLazy(lazy);
    this.reportIds.event = new IdSequence(lazy.maxId + 1 + Prng.derive(this.seed, "lazy-gap").int(5));
  }
  readonly ids: IdFactory;
  readonly keyId: string;
  readonly likeCaseInsensitive: boolean;
  readonly seed: number;
  private readonly clock: () => number;

  constructor(config: StateConfig) {
    this.serverName = config.serverName;
    this.seed = config.seed;
    this.users = new UserStore(config.serverName);
    this.media = new MediaStore(config.serverName);
    this.jobs = new JobStore(config.jobDelayMs);
    this.clock = config.clock ?? Date.now;
    this.likeCaseInsensitive = config.likeCaseInsensitive;
    const prng = Prng.derive(config.seed, "ids");
    this.ids = new IdFactory(prng, config.serverName);
    this.keyId = this.ids.keyId();
    this.eventReports = new EventReportStore((eventId) => this.eventById(eventId)?.sender ?? null);
    // Each report table has its own sequence; none starts at 1 (ids are neither dense nor 1-based in the wild).
    const start = Prng.derive(config.seed, "report-ids");
    this.reportIds = {
      event: new IdSequence(2 + start.int(40)),
      user: new IdSequence(2 + start.int(40)),
      room: new IdSequence(2 + start.int(40)),
    };
  }

  now(): number {
    return this.clock();
  }

  get noticesUserId(): string {
    return `@${SERVER_NOTICES.localpart}:${this.serverName}`;
  }

  /** Display names of users that exist without an account row (the server-notices sender). */
  systemDisplayname(userId: string): string | null {
    return userId === this.noticesUserId ? SERVER_NOTICES.displayname : null;
  }

  /** Stored events and, in the scale scenario, the lazily computed ones that reports point at. */
  eventById(eventId: string): StoredEvent | undefined {
    const stored = this.rooms.event(eventId);
    if (stored) return stored;
    const lazy = this.eventReports.lazy;
    const index = lazy?.indexOfEventId(eventId);
    if (lazy && index !== undefined && this.rooms.get(lazy.roomAt(index))) return lazy.eventAt(index);
    return undefined;
  }

  stop(): void {
    this.jobs.stop();
    this.rooms.wakeAll();
  }
}
