/**
 * Shapes shared by several Synapse responses. Objects are loose (`z.looseObject`): Synapse adds fields between
 * releases and a new field must not break intake. Event content is `unknown` because any client can put anything in
 * it; code that shows it must narrow it first.
 */
import { z } from "zod";

export const ZInt = z.number().int();

/**
 * A boolean column read straight from Synapse's database. On SQLite it arrives as `0`/`1` (seen on 1.160: media
 * info `authenticated`/`safe_from_quarantine`, quarantine_changes `quarantined`); on PostgreSQL as a boolean.
 */
export const ZDbBool = z
  .union([z.boolean(), z.literal(0), z.literal(1)])
  .transform((v) => v === true || v === 1);

/** Answers like `{}` (delete report, shadow-ban, quarantine one file...). */
export const ZEmpty = z.looseObject({});

export const ZEventContent = z.record(z.string(), z.unknown());

/** A room event in the client-server format (admin `messages`, `context`, `state`). */
export const ZClientEvent = z.looseObject({
  event_id: z.string(),
  type: z.string(),
  sender: z.string(),
  room_id: z.string().optional(),
  origin_server_ts: ZInt,
  content: ZEventContent,
  state_key: z.string().optional(),
  unsigned: z.record(z.string(), z.unknown()).optional(),
});
export type ClientEvent = z.infer<typeof ZClientEvent>;

/**
 * The stored PDU (federation format) as returned by event report detail (`event_json`, which has no `event_id` in
 * room v3+) and `fetch_event` (which adds it). Unredacted until Synapse prunes it: evidence to snapshot early.
 */
export const ZStoredEvent = z.looseObject({
  event_id: z.string().optional(),
  type: z.string(),
  sender: z.string(),
  room_id: z.string(),
  origin_server_ts: ZInt,
  content: ZEventContent,
  state_key: z.string().optional(),
  unsigned: z.record(z.string(), z.unknown()).optional(),
});
export type StoredEvent = z.infer<typeof ZStoredEvent>;
