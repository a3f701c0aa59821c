/**
 * Mass redaction of a user's events. Asynchronous on Synapse's side: start returns a `redact_id` that the
 * enforcement worker stores on its outbox row and polls until `complete` or `failed`.
 *
 * What it does not do (contract §6): only `m.room.message`, `m.room.encrypted` and join events are redacted, and with
 * `rooms: []` rooms the user has *left* are skipped, so pass them explicitly (see `users.memberships`). A `complete`
 * job may list the user's join to their server-notices room under `failed_redactions`; that is expected.
 */
import type { SynapseClient } from "./client";
import { synapsePath } from "./path";
import { ZRedactStarted, ZRedactStatus } from "./schemas";

export interface RedactOptions {
  /** Rooms to scan; `[]` = rooms the user is joined to or banned from. */
  rooms: readonly string[];
  /** Shown to users in each redaction event. */
  reason?: string;
  /** Events per room to look at, newest first (Synapse's default 1000). */
  limit?: number;
  /** Redact as the admin instead of puppeting the user (needs power in each room). */
  useAdmin?: boolean;
  /** Inclusive time window in ms (Synapse ≥ 1.157). */
  beforeTs?: number;
  afterTs?: number;
}

export function createRedactionApi(client: SynapseClient) {
  return {
    // POST /_synapse/admin/v1/user/<user_id>/redact: returns `redact_id`. Not retried: a second start while the
    // first is active answers 400 "Redact already in progress".
    redactUserEvents: async (userId: string, options: RedactOptions): Promise<string> => {
      const { redact_id } = await client.request({
        method: "POST",
        path: synapsePath`/_synapse/admin/v1/user/${userId}/redact`,
        body: {
          rooms: options.rooms,
          reason: options.reason,
          limit: options.limit,
          use_admin: options.useAdmin,
          before_ts: options.beforeTs,
          after_ts: options.afterTs,
        },
        outputSchema: ZRedactStarted,
      });
      return redact_id;
    },

    // GET /_synapse/admin/v1/user/redact_status/<redact_id>: scheduled | active | complete | failed.
    getRedactStatus: (redactId: string) =>
      client.request({
        method: "GET",
        path: synapsePath`/_synapse/admin/v1/user/redact_status/${redactId}`,
        outputSchema: ZRedactStatus,
      }),
  };
}

export type RedactionApi = ReturnType<typeof createRedactionApi>;
