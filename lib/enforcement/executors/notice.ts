/**
 * The server notice that tells a user about a decision. Sent with PUT and a transaction id derived from the outbox
 * row, so every retry of this action (after a timeout, a 5xx, a worker crash) is the same Matrix transaction and
 * the user sees one notice. Synapse drops failed transactions from its cache, and keeps successful ones for about
 * 30 minutes per access token, far longer than our retry spacing while an action is live.
 */
import type { SpecOf } from "../action-schemas";
import type { ExecutionOutcome, ExecutorContext } from "../types";

export function noticeTxnId(actionId: string): string {
  return `console-enforcement-${actionId}`;
}

export async function sendServerNotice({ synapse, spec, action }: ExecutorContext<SpecOf<"SEND_SERVER_NOTICE">>): Promise<ExecutionOutcome> {
  const eventId = await synapse.notices.sendServerNotice({
    userId: spec.userId,
    content: { msgtype: "m.text", body: spec.body },
    txnId: noticeTxnId(action.id),
  });
  return { type: "done", result: { eventId } };
}
