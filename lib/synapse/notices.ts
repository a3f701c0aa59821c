/**
 * Server notices: how the console tells a user about a decision (statement of reasons, appeal link). They reach
 * suspended and shadow-banned users; locked users only after unlock; deactivated users never. The server must have
 * `server_notices` configured, otherwise Synapse answers 400 M_UNKNOWN "Server notices are not enabled".
 */
import type { SynapseClient } from "./client";
import { synapsePath } from "./path";
import { ZServerNoticeSent } from "./schemas";

export interface ServerNotice {
  userId: string;
  /** Ordinary message content; `format`/`formatted_body` for rich text. */
  content: { msgtype: string; body: string } & Record<string, unknown>;
  /** Default `m.room.message`. */
  type?: string;
  stateKey?: string;
  /**
   * Pass a stable id (e.g. the outbox row's) to make the send idempotent: Synapse returns the same event for a
   * repeated transaction id, so the call can then be retried without notifying the user twice.
   */
  txnId?: string;
}

export function createNoticesApi(client: SynapseClient) {
  return {
    sendServerNotice: async (notice: ServerNotice): Promise<string> => {
      const body = {
        user_id: notice.userId,
        content: notice.content,
        type: notice.type,
        state_key: notice.stateKey,
      };
      const sent =
        notice.txnId === undefined
          ? // POST /_synapse/admin/v1/send_server_notice: not retried, a repeat would send a second notice.
            await client.request({
              method: "POST",
              path: synapsePath`/_synapse/admin/v1/send_server_notice`,
              body,
              outputSchema: ZServerNoticeSent,
            })
          : // PUT /_synapse/admin/v1/send_server_notice/<txn_id>: idempotent per transaction id.
            await client.request({
              method: "PUT",
              path: synapsePath`/_synapse/admin/v1/send_server_notice/${notice.txnId}`,
              body,
              idempotent: true,
              outputSchema: ZServerNoticeSent,
            });
      return sent.event_id;
    },
  };
}

export type NoticesApi = ReturnType<typeof createNoticesApi>;
