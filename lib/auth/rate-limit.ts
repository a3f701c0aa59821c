/**
 * Sign-in rate limiting, kept in the database so it holds across console instances and restarts.
 * Failed attempts are counted per username and per client address within a sliding window; the address limit is
 * looser because many reviewers may share an office's address.
 */
import type { Db, Tx } from "@/lib/db/client";

export type RateLimitPolicy = { attempts: number; windowMinutes: number };

export type RateLimitKeys = { username: string; ip: string | null };

function keysOf({ username, ip }: RateLimitKeys): { key: string; limitFactor: number }[] {
  const keys = [{ key: `user:${username.toLowerCase().slice(0, 300)}`, limitFactor: 1 }];
  if (ip) keys.push({ key: `ip:${ip.slice(0, 100)}`, limitFactor: 4 });
  return keys;
}

/** Minutes until the caller may try again, or 0 when an attempt is allowed now. */
export async function loginRetryAfterMinutes(db: Db, keys: RateLimitKeys, policy: RateLimitPolicy): Promise<number> {
  const since = new Date(Date.now() - policy.windowMinutes * 60_000);
  for (const { key, limitFactor } of keysOf(keys)) {
    const failures = await db.loginAttempt.findMany({
      where: { key, succeeded: false, createdAt: { gte: since } },
      orderBy: { createdAt: "desc" },
      take: policy.attempts * limitFactor,
      select: { createdAt: true },
    });
    if (failures.length >= policy.attempts * limitFactor) {
      const oldestCounted = failures.at(-1)!.createdAt.getTime();
      const freeAt = oldestCounted + policy.windowMinutes * 60_000;
      return Math.max(1, Math.ceil((freeAt - Date.now()) / 60_000));
    }
  }
  return 0;
}

export async function recordLoginAttempt(db: Db | Tx, keys: RateLimitKeys, succeeded: boolean): Promise<void> {
  await db.loginAttempt.createMany({ data: keysOf(keys).map(({ key }) => ({ key, succeeded })) });
}

/** Old attempts are useless after the window; the launcher prunes them now and then. */
export async function pruneLoginAttempts(db: Db, olderThanMinutes: number): Promise<number> {
  const { count } = await db.loginAttempt.deleteMany({
    where: { createdAt: { lt: new Date(Date.now() - olderThanMinutes * 60_000) } },
  });
  return count;
}
