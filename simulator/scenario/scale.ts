import { buildPdu, type StoredEvent } from "../state/events";
import type { EventReport, LazyEventReports } from "../state/reports";
import { samplesFor } from "./corpus-abuse";
import { harmByWeight } from "./harms";
import { hash32 } from "./prng";
import { DAY } from "./types";

export interface ScaleConfig {
  seed: number;
  count: number;
  now: number;
  serverName: string;
  keyId: string;
  reporters: readonly string[];
  senders: readonly string[];
  roomIds: readonly string[];
  /** First report id; ids then grow by 1-3 (never dense, never 1-based). */
  baseId: number;
}

/** Salts for the independent per-report draws. */
const SALT = {
  id: 1,
  reporter: 2,
  room: 3,
  sender: 4,
  eventBytes: 5,
  harm: 6,
  reason: 7,
  delay: 8,
  score: 9,
  body: 10,
} as const;
const SCORES = [-100, -100, -50, 0] as const;

/**
 * `{ scale: N }` event reports, computed on demand. Report i depends only on (seed, i): nothing is stored per report,
 * so a million reports cost a few arrays of user and room ids. Time and id grow with i, so the store's offset
 * arithmetic needs no sorting. Event ids embed i (XOR-masked, then hashed bytes), so admin fetch_event and the report
 * detail can find "their" event without an index.
 */
export class ScaleReports implements LazyEventReports {
  readonly count: number;
  readonly roomIds: readonly string[];
  private readonly mask: number;
  private readonly startTs: number;
  private readonly spanMs: number;

  constructor(private readonly c: ScaleConfig) {
    this.count = c.count;
    this.roomIds = c.roomIds;
    this.mask = hash32(c.seed, 0xabcdef) >>> 0;
    this.spanMs = 90 * DAY;
    this.startTs = c.now - this.spanMs - DAY;
  }

  private h(i: number, salt: number, extra = 0): number {
    return hash32(this.c.seed, i, salt, extra);
  }

  idAt(i: number): number {
    return this.c.baseId + 3 * i + (this.h(i, SALT.id) % 3);
  }

  indexOfId(id: number): number | undefined {
    const i = Math.floor((id - this.c.baseId) / 3);
    return i >= 0 && i < this.count && this.idAt(i) === id ? i : undefined;
  }

  get maxId(): number {
    return this.count > 0 ? this.idAt(this.count - 1) : this.c.baseId;
  }

  receivedTsAt(i: number): number {
    return this.startTs + Math.floor((i * this.spanMs) / Math.max(1, this.count));
  }

  get maxReceivedTs(): number {
    return this.count > 0 ? this.receivedTsAt(this.count - 1) : 0;
  }

  reporterAt(i: number): string {
    return this.c.reporters[this.h(i, SALT.reporter) % this.c.reporters.length] as string;
  }

  roomAt(i: number): string {
    return this.c.roomIds[this.h(i, SALT.room) % this.c.roomIds.length] as string;
  }

  senderAt(i: number): string {
    return this.c.senders[this.h(i, SALT.sender) % this.c.senders.length] as string;
  }

  eventIdAt(i: number): string {
    const bytes = Buffer.alloc(32);
    bytes.writeUInt32BE((i ^ this.mask) >>> 0, 0);
    for (let k = 0; k < 7; k++) bytes.writeUInt32BE(this.h(i, SALT.eventBytes, k), 4 + 4 * k);
    return `$${bytes.toString("base64url")}`;
  }

  indexOfEventId(eventId: string): number | undefined {
    if (eventId.length !== 44 || !eventId.startsWith("$")) return undefined;
    const bytes = Buffer.from(eventId.slice(1), "base64url");
    if (bytes.length !== 32) return undefined;
    const i = (bytes.readUInt32BE(0) ^ this.mask) >>> 0;
    return i < this.count && this.eventIdAt(i) === eventId ? i : undefined;
  }

  private harmAt(i: number) {
    return harmByWeight(this.h(i, SALT.harm) / 4294967296);
  }

  reportAt(i: number): EventReport {
    const samples = samplesFor(this.harmAt(i).id);
    const score = this.h(i, SALT.score) % 5;
    return {
      id: this.idAt(i),
      receivedTs: this.receivedTsAt(i),
      roomId: this.roomAt(i),
      eventId: this.eventIdAt(i),
      userId: this.reporterAt(i),
      content: {
        reason: samples.reasons[this.h(i, SALT.reason) % samples.reasons.length] ?? "spam",
        ...(score < 4 ? { score: SCORES[score] ?? -100 } : {}),
      },
    };
  }

  eventAt(i: number): StoredEvent {
    const samples = samplesFor(this.harmAt(i).id);
    const ts = this.receivedTsAt(i) - (this.h(i, SALT.delay) % (2 * DAY));
    const content = {
      msgtype: "m.text",
      body: samples.messages[this.h(i, SALT.body) % samples.messages.length] ?? "spam",
    };
    const roomId = this.roomAt(i);
    const sender = this.senderAt(i);
    const depth = 10 + (i % 100_000);
    const pdu = buildPdu({
      roomId,
      type: "m.room.message",
      sender,
      content,
      ts,
      depth,
      prevEvents: [this.eventIdAt(Math.max(0, i - 1))],
      authEvents: [],
      serverName: this.c.serverName,
      keyId: this.c.keyId,
    });
    return {
      eventId: this.eventIdAt(i),
      roomId,
      type: "m.room.message",
      sender,
      stateKey: undefined,
      content,
      originServerTs: ts,
      depth,
      stream: 0,
      pdu,
      redactedBy: null,
      softFailed: false,
      policyServerSpammy: false,
    };
  }
}
