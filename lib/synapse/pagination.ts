/**
 * Async generators over Synapse's paginated listings. Synapse uses several styles (contract §0.3) and some of them
 * can loop: `limit=0` yields `next_token == from` forever, and rows that fail to parse shorten a page so
 * `next_token` can stand still. Each helper therefore has a hard page cap and refuses a token that makes no
 * progress, throwing SynapsePaginationError rather than silently truncating an intake run.
 */
import { SynapsePaginationError } from "./errors";

export const DEFAULT_MAX_PAGES = 10_000;

export interface OffsetPage<T> {
  items: readonly T[];
  /** Synapse's `next_token`: absent on the last page. */
  nextToken: number | undefined;
}

export interface OffsetOptions<T> {
  /** Offset to start at (Synapse's `from`), default 0. */
  start?: number;
  maxPages?: number;
  /**
   * Identity of an item. With `dir=b` (newest first), reports filed while we page shift every offset by one, so
   * the next page repeats the last item; ids are not dense and need not start at 1, so only the id can dedupe.
   */
  key?: (item: T) => string | number;
  /** For error messages: which listing this is. */
  path: string;
}

/** Offset + `next_token` style (event_reports, user_reports, user media). */
export async function* paginateOffset<T>(
  fetchPage: (from: number) => Promise<OffsetPage<T>>,
  options: OffsetOptions<T>,
): AsyncGenerator<T, void, undefined> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const seen = new Set<string | number>();
  let from = options.start ?? 0;
  for (let page = 1; ; page++) {
    const { items, nextToken } = await fetchPage(from);
    for (const item of items) {
      const key = options.key?.(item);
      if (key !== undefined) {
        if (seen.has(key)) continue;
        seen.add(key);
      }
      yield item;
    }
    if (nextToken === undefined) return;
    if (!Number.isInteger(nextToken) || nextToken <= from) {
      throw new SynapsePaginationError(
        `${options.path}: next_token ${nextToken} makes no progress from ${from}`,
        "GET",
        options.path,
      );
    }
    if (page >= maxPages) {
      throw new SynapsePaginationError(
        `${options.path}: stopped after ${maxPages} pages (next_token ${nextToken})`,
        "GET",
        options.path,
      );
    }
    from = nextToken;
  }
}

export interface TokenPage<T, K> {
  items: readonly T[];
  /** Token for the next request; absent at the end. */
  next: K | undefined;
}

export interface TokenOptions<K> {
  start?: K;
  maxPages?: number;
  path: string;
}

/**
 * Opaque-token style: room `messages` (`from`/`end` stream tokens), keyset ids (room_reports `next_batch`) and
 * stream ids (quarantine_changes). Ends on a missing token or an empty page; a token seen before means the server
 * is going round in circles.
 */
export async function* paginateTokens<T, K extends string | number>(
  fetchPage: (from: K | undefined) => Promise<TokenPage<T, K>>,
  options: TokenOptions<K>,
): AsyncGenerator<T, void, undefined> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const seen = new Set<K>();
  let from = options.start;
  if (from !== undefined) seen.add(from);
  for (let page = 1; ; page++) {
    const { items, next } = await fetchPage(from);
    yield* items;
    if (next === undefined || items.length === 0) return;
    if (seen.has(next)) {
      throw new SynapsePaginationError(
        `${options.path}: token ${String(next)} was returned twice`,
        "GET",
        options.path,
      );
    }
    if (page >= maxPages) {
      throw new SynapsePaginationError(
        `${options.path}: stopped after ${maxPages} pages`,
        "GET",
        options.path,
      );
    }
    seen.add(next);
    from = next;
  }
}
