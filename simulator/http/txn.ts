import type { Requester } from "./auth";
import type { Ctx } from "./context";
import type { Reply } from "./respond";

/**
 * `HttpTransactionCache.fetch_or_execute_request`: the first response to (path, session) is replayed for retries, so
 * a client that resends a PUT after a lost response gets the same event id instead of a duplicate event.
 */
export async function withTxn(
  ctx: Ctx,
  requester: Requester,
  run: () => Reply | Promise<Reply>,
): Promise<Reply> {
  const key = `${ctx.path}\u0000${requester.session.token}`;
  const cached = ctx.rt.txnCache.get(key);
  if (cached) return cached;
  const reply = await run();
  ctx.rt.txnCache.set(key, reply);
  return reply;
}
