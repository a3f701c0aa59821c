import type { Requester } from "./auth";
import type { Ctx } from "./context";
import type { Reply } from "./respond";

/** Synapse's `HttpTransactionCache` forgets transactions after 30 minutes. */
const TXN_TTL_MS = 30 * 60 * 1000;

export interface CachedReply {
  /** In flight or settled: a concurrent retry shares the first attempt, like Synapse's ObservableDeferred. */
  reply: Promise<Reply>;
  at: number;
}

/**
 * `HttpTransactionCache.fetch_or_execute_request`: the first response to (path, session) is replayed for retries, so
 * a client that resends a PUT after a lost response gets the same event id instead of a duplicate event. Failures
 * are not kept (Synapse drops them from the cache), so a retry after an error runs again.
 */
export function withTxn(ctx: Ctx, requester: Requester, run: () => Reply | Promise<Reply>): Promise<Reply> {
  const now = ctx.rt.state.now();
  const cache = ctx.rt.txnCache;
  const key = `${ctx.path}\u0000${requester.session.token}`;
  const cached = cache.get(key);
  if (cached && now - cached.at < TXN_TTL_MS) return cached.reply;
  for (const [k, v] of cache) {
    if (now - v.at < TXN_TTL_MS) break; // insertion order is age order
    cache.delete(k);
  }
  const reply = Promise.resolve().then(run);
  cache.set(key, { reply, at: now });
  reply.catch(() => cache.delete(key));
  return reply;
}
