/**
 * Pages of an offset-paginated report listing, newest first (`dir=b`), down to the last report a previous pass
 * completed. Two hazards of offset paging while others write (contract §0.3):
 * - reports filed meanwhile push rows to later offsets: the next page repeats rows, removed by id here;
 * - reports deleted meanwhile pull rows to earlier offsets, so a plain `from = next_token` would skip rows. Each
 *   request therefore starts `overlap` rows before the previous page's end, which tolerates up to `overlap`
 *   deletions between two requests at the price of re-reading a few ids.
 * The next page is requested while the caller stores the current one, so writing and paging overlap in time.
 */
export type PageItem = { id: number; item: unknown };

export type PagingOptions = {
  fetchPage: (from: number, limit: number) => Promise<{ items: unknown[]; nextToken: number | undefined }>;
  /** Reads the report id of a raw row, or undefined when the row is malformed. */
  idOf: (item: unknown) => number | undefined;
  limit: number;
  overlap: number;
  /** Every report with an id at or below this was ingested by an earlier, completed pass. */
  highWater: number;
  maxPages: number;
};

export type Page = { items: PageItem[]; malformed: unknown[] };

export async function* newestFirstPages(options: PagingOptions): AsyncGenerator<Page, { complete: boolean }> {
  const { limit, overlap, highWater } = options;
  const seen = new Set<number>();
  let from = 0;
  let pending = options.fetchPage(from, limit);
  for (let pageNo = 1; ; pageNo++) {
    const { items, nextToken } = await pending;
    const page: Page = { items: [], malformed: [] };
    let reachedOld = false;
    for (const item of items) {
      const id = options.idOf(item);
      if (id === undefined) page.malformed.push(item);
      else if (id <= highWater) reachedOld = true;
      else if (!seen.has(id)) {
        seen.add(id);
        page.items.push({ id, item });
      }
    }
    const atEnd = nextToken === undefined || items.length === 0;
    const next = Math.max(from + 1, from + items.length - overlap);
    const done = atEnd || reachedOld || pageNo >= options.maxPages;
    if (!done) {
      from = next;
      pending = options.fetchPage(from, limit);
      // The page is awaited on the next turn; until then a failure must not count as an unhandled rejection.
      pending.catch(() => undefined);
    }
    yield page;
    if (done) return { complete: atEnd || reachedOld };
  }
}
