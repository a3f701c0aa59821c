import { prunePdu, redactsOf, type StoredEvent } from "./events";
import { cloneJson, isJsonObject, type Json, type JsonObject } from "./json";

/**
 * Client serialisation, following Synapse's Rust serializer (`rust/src/events/serialize.rs`). Synapse's default format
 * is the legacy "v1" client format (top-level `age`, `user_id` and `redacted_because` copied out of `unsigned`), used by
 * /messages, /context, /rooms/{id}/event/{id} and the admin room APIs; /sync uses v2 without `room_id`; admin
 * fetch_event returns the raw federation format.
 */
export type EventFormat = "v1" | "v2" | "v2-no-room" | "raw";

export interface SerializeOptions {
  format: EventFormat;
  now: number;
  /** Server admins see `io.element.synapse.soft_failed` / `policy_server_spammy` in `unsigned`. */
  adminMetadata: boolean;
  /** The requester's membership at the event (MSC4115), added to `unsigned.membership`. */
  membership?: string | undefined;
  /** `EventRedactBehaviour.as_is`: the stored original, no redaction applied (admin fetch_event). */
  asIs?: boolean;
  /** Session that asked, to echo `transaction_id` to the sender's own device. */
  requester?: { userId: string; deviceId: string } | undefined;
  lookup: (eventId: string) => StoredEvent | undefined;
}

const V2_DROP = ["auth_events", "prev_events", "hashes", "signatures", "depth", "origin", "prev_state"];
const V1_COPY = [
  "age",
  "redacted_because",
  "replaces_state",
  "prev_content",
  "invite_room_state",
  "knock_room_state",
];

function unsignedOf(d: JsonObject): JsonObject {
  const u = d.unsigned;
  if (isJsonObject(u)) return u;
  const fresh: JsonObject = {};
  d.unsigned = fresh;
  return fresh;
}

function serializeValue(
  event: StoredEvent,
  opts: SerializeOptions,
  membership: string | undefined,
): JsonObject {
  const redacted = event.redactedBy !== null && !opts.asIs;
  const d = redacted ? prunePdu(event) : cloneJson(event.pdu);
  d.event_id = event.eventId;

  const unsigned = unsignedOf(d);
  const ageTs = unsigned.age_ts;
  if (typeof ageTs === "number") {
    unsigned.age = opts.now - ageTs;
    delete unsigned.age_ts;
  }
  if (
    opts.requester &&
    opts.requester.userId === event.sender &&
    event.txnId &&
    event.deviceId === opts.requester.deviceId
  ) {
    unsigned.transaction_id = event.txnId;
  }
  delete unsigned.invite_room_state;
  delete unsigned.knock_room_state;

  if (opts.format !== "raw") {
    for (const key of V2_DROP) delete d[key];
    if (opts.format === "v2-no-room") delete d.room_id;
    if (opts.format === "v1") {
      d.user_id = event.sender;
      for (const key of V1_COPY) {
        const v = unsigned[key];
        if (v !== undefined) d[key] = v;
      }
    }
  }

  // v11 stores `redacts` in content; Synapse copies it to the top level for older clients.
  if (event.type === "m.room.redaction") {
    const target = redactsOf(event);
    if (target !== undefined) d.redacts = target;
  }

  if (opts.adminMetadata) {
    if (event.softFailed) unsigned["io.element.synapse.soft_failed"] = true;
    if (event.policyServerSpammy) unsigned["io.element.synapse.policy_server_spammy"] = true;
  }
  if (membership !== undefined) unsigned.membership = membership;
  return d;
}

/** Synapse's Rust serializer emits objects with sorted keys (serde_json maps), at every depth. */
function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key] as Json);
  return out;
}

export function serializeEvent(event: StoredEvent, opts: SerializeOptions): JsonObject {
  return sortKeys(serializeUnsorted(event, opts)) as JsonObject;
}

function serializeUnsorted(event: StoredEvent, opts: SerializeOptions): JsonObject {
  const d = serializeValue(event, opts, opts.membership);
  if (event.redactedBy !== null && !opts.asIs) {
    unsignedOf(d).redacted_by = event.redactedBy;
    const redaction = opts.lookup(event.redactedBy);
    if (redaction) {
      const because = serializeValue(redaction, opts, undefined);
      unsignedOf(d).redacted_because = because;
      if (opts.format === "v1") d.redacted_because = cloneJson(because);
    }
  }
  return d;
}
