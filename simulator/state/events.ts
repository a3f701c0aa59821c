import { sha256Base64 } from "./ids";
import { cloneJson, type Json, type JsonObject } from "./json";

/**
 * One persisted event. `pdu` is what Synapse keeps in `event_json.json` (federation shape, no `event_id` key for room
 * v3+, `unsigned.age_ts`); the other fields are the columns and internal metadata Synapse stores beside it.
 */
export interface StoredEvent {
  eventId: string;
  roomId: string;
  type: string;
  sender: string;
  stateKey: string | undefined;
  /** Original content, never rewritten: redaction is applied when serialising, as Synapse does within the retention period. */
  content: JsonObject;
  originServerTs: number;
  depth: number;
  /** Global stream ordering across all rooms (for /sync and tokens). */
  stream: number;
  pdu: JsonObject;
  redactedBy: string | null;
  /** Policy-server verdicts on a remote event: persisted, hidden from clients, flagged to admins. */
  softFailed: boolean;
  policyServerSpammy: boolean;
  /** Internal metadata so the sender's own session sees `unsigned.transaction_id`. */
  txnId?: string;
  deviceId?: string;
}

export interface PduInput {
  roomId: string;
  type: string;
  sender: string;
  stateKey?: string;
  content: JsonObject;
  ts: number;
  depth: number;
  prevEvents: string[];
  authEvents: string[];
  serverName: string;
  keyId: string;
  /** For state events that replace earlier state (Synapse adds these at creation). */
  replaces?: { eventId: string; content: JsonObject; sender: string };
}

/** Build the federation-format event in the key order Synapse's `event_json` rows show (see the fixture). */
export function buildPdu(input: PduInput): JsonObject {
  const unsigned: JsonObject = { age_ts: input.ts };
  if (input.replaces) {
    unsigned.replaces_state = input.replaces.eventId;
    unsigned.prev_content = cloneJson(input.replaces.content);
    unsigned.prev_sender = input.replaces.sender;
  }
  const unsignedless: JsonObject = {
    room_id: input.roomId,
    auth_events: input.authEvents,
    prev_events: input.prevEvents,
    content: cloneJson(input.content),
    depth: input.depth,
    origin_server_ts: input.ts,
    sender: input.sender,
    type: input.type,
    ...(input.stateKey !== undefined ? { state_key: input.stateKey } : {}),
  };
  const hash = sha256Base64(JSON.stringify(unsignedless));
  // 64 bytes of plausible-looking signature, derived from the hash so a scenario stays deterministic.
  const signature = (sha256Base64(`sig1${hash}`) + sha256Base64(`sig2${hash}`)).slice(0, 86);
  return {
    signatures: { [input.serverName]: { [input.keyId]: signature } },
    unsigned,
    ...unsignedless,
    hashes: { sha256: hash },
  };
}

/** Content keys that survive redaction in room version 11 (`prune_event_dict`, `updated_redaction_rules`). */
function prunedContent(type: string, content: JsonObject): JsonObject {
  const keep = (keys: string[]): JsonObject => {
    const out: JsonObject = {};
    for (const k of keys) {
      const v = content[k];
      if (v !== undefined) out[k] = cloneJson(v);
    }
    return out;
  };
  switch (type) {
    case "m.room.member": {
      const out = keep(["membership", "join_authorised_via_users_server"]);
      const tpi = content.third_party_invite;
      if (tpi && typeof tpi === "object" && !Array.isArray(tpi) && tpi.signed !== undefined) {
        out.third_party_invite = { signed: cloneJson(tpi.signed) };
      }
      return out;
    }
    case "m.room.create":
      return cloneJson(content);
    case "m.room.join_rules":
      return keep(["join_rule", "allow"]);
    case "m.room.power_levels":
      return keep([
        "users",
        "users_default",
        "events",
        "events_default",
        "state_default",
        "ban",
        "kick",
        "redact",
        "invite",
      ]);
    case "m.room.history_visibility":
      return keep(["history_visibility"]);
    case "m.room.redaction":
      return keep(["redacts"]);
    default:
      return {};
  }
}

const PRUNE_TOP_LEVEL = [
  "event_id",
  "sender",
  "room_id",
  "hashes",
  "signatures",
  "content",
  "type",
  "state_key",
  "depth",
  "prev_events",
  "auth_events",
  "origin_server_ts",
];

/** The event as a redaction leaves it. */
export function prunePdu(event: StoredEvent): JsonObject {
  const out: JsonObject = {};
  for (const key of PRUNE_TOP_LEVEL) {
    const v = event.pdu[key];
    if (v !== undefined) out[key] = cloneJson(v);
  }
  out.content = prunedContent(event.type, event.content);
  const unsigned = event.pdu.unsigned;
  const keptUnsigned: JsonObject = {};
  if (unsigned && typeof unsigned === "object" && !Array.isArray(unsigned)) {
    for (const key of ["age_ts", "replaces_state"]) {
      const v = unsigned[key];
      if (v !== undefined) keptUnsigned[key] = v;
    }
  }
  out.unsigned = keptUnsigned;
  return out;
}

export const stateKeyOf = (type: string, stateKey: string) => `${type}\u0000${stateKey}`;

export function membershipOf(event: StoredEvent): string | undefined {
  const m: Json | undefined = event.content.membership;
  return typeof m === "string" ? m : undefined;
}

/** Which event a redaction targets: `content.redacts` in v11 rooms, top-level before. */
export function redactsOf(event: StoredEvent): string | undefined {
  const inContent = event.content.redacts;
  if (typeof inContent === "string") return inContent;
  const top = event.pdu.redacts;
  return typeof top === "string" ? top : undefined;
}
