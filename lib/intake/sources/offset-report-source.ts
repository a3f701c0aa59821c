/**
 * The shared loop of the event-report and user-report sources: page newest first down to the cursor, skip ids
 * already stored, build signals for the rest (detail fetched for new ones only), store each page as one batch.
 * The cursor (`highWater`) advances only when a pass got all the way down, so a pass that dies midway is simply
 * redone by the next one, which re-reads the pages but stores nothing twice.
 */
import type { Db } from "@/lib/db/client";
import type { SignalSource } from "@/lib/generated/prisma/enums";

import { attachSignals } from "../attach-signals";
import { knownSourceIds } from "../known-source-ids";
import { emptySummary, type IncomingSignal, type SourceSummary } from "../types";
import { newestFirstPages, type PageItem } from "./newest-first-pages";

export type OffsetReportSourceConfig = {
  source: SignalSource;
  fetchPage: (from: number, limit: number) => Promise<{ items: unknown[]; nextToken: number | undefined }>;
  idOf: (item: unknown) => number | undefined;
  /** Turns new rows into signals (fetching details if it wants); rows it cannot use are returned as rejected. */
  toSignals: (items: PageItem[]) => Promise<{ signals: IncomingSignal[]; rejected: number }>;
};

export type OffsetRunOptions = {
  db: Db;
  serverName: string;
  highWater: number;
  pageSize: number;
  maxPages: number;
};

export type OffsetRunResult = { summary: SourceSummary; highWater: number; complete: boolean };

export async function runOffsetReportSource(
  config: OffsetReportSourceConfig,
  options: OffsetRunOptions,
): Promise<OffsetRunResult> {
  const summary = emptySummary();
  let maxSeen = options.highWater;
  const pages = newestFirstPages({
    fetchPage: config.fetchPage,
    idOf: config.idOf,
    limit: options.pageSize,
    overlap: Math.max(1, Math.floor(options.pageSize / 10)),
    highWater: options.highWater,
    maxPages: options.maxPages,
  });
  for (;;) {
    const next = await pages.next();
    if (next.done) {
      // Only a pass that reached the old cursor (or the end) may move it: otherwise older rows were never read.
      return {
        summary,
        highWater: next.value.complete ? maxSeen : options.highWater,
        complete: next.value.complete,
      };
    }
    const page = next.value;
    summary.fetched += page.items.length + page.malformed.length;
    summary.errors += page.malformed.length;
    const known = await knownSourceIds(
      options.db,
      config.source,
      page.items.map((p) => String(p.id)),
    );
    summary.duplicates += known.size;
    for (const p of page.items) maxSeen = Math.max(maxSeen, p.id);
    const fresh = page.items.filter((p) => !known.has(String(p.id)));
    if (fresh.length === 0) continue;
    const { signals, rejected } = await config.toSignals(fresh);
    summary.errors += rejected;
    const result = await attachSignals(options.db, signals, { serverName: options.serverName });
    summary.new += result.inserted.length;
    summary.duplicates += result.duplicates;
  }
}
