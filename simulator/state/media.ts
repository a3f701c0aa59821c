import { sha256Hex } from "./ids";

export interface MediaItem {
  /** Server name; the local server for uploads, another name for cached remote media. */
  origin: string;
  mediaId: string;
  userId: string | null;
  mediaType: string;
  mediaLength: number;
  uploadName: string | null;
  createdTs: number;
  lastAccessTs: number | null;
  quarantinedBy: string | null;
  safeFromQuarantine: boolean;
  authenticated: boolean;
  sha256: string;
  bytes: Buffer;
}

export interface QuarantineChange {
  streamId: number;
  origin: string;
  mediaId: string;
  quarantined: boolean;
}

const key = (origin: string, mediaId: string) => `${origin}/${mediaId}`;

/**
 * Local and cached-remote media with Synapse's quarantine rules: quarantine spreads to every copy with the same
 * sha256 (>= 1.128), protected local media is skipped by every quarantine path, unquarantine ignores protection, and
 * every change is appended to the `quarantine_changes` stream (>= 1.152).
 */
export class MediaStore {
  private readonly items = new Map<string, MediaItem>();
  private readonly changes: QuarantineChange[] = [];
  /** Synapse's stream id generators start at 1. */
  private stream = 1;

  constructor(private readonly serverName: string) {}

  add(
    input: Omit<MediaItem, "sha256" | "mediaLength" | "quarantinedBy"> & { quarantinedBy?: string | null },
  ): MediaItem {
    const sha256 = sha256Hex(input.bytes);
    // An upload whose hash matches quarantined media is quarantined on arrival, by "system".
    const inheritsQuarantine = [...this.items.values()].some(
      (m) => m.sha256 === sha256 && m.quarantinedBy !== null,
    );
    const item: MediaItem = {
      ...input,
      sha256,
      mediaLength: input.bytes.length,
      quarantinedBy: input.quarantinedBy ?? (inheritsQuarantine ? "system" : null),
    };
    this.items.set(key(item.origin, item.mediaId), item);
    return item;
  }

  get(origin: string, mediaId: string): MediaItem | undefined {
    return this.items.get(key(origin, mediaId));
  }

  isLocal(item: MediaItem): boolean {
    return item.origin === this.serverName;
  }

  byUser(userId: string): MediaItem[] {
    return [...this.items.values()].filter((m) => m.origin === this.serverName && m.userId === userId);
  }

  delete(origin: string, mediaId: string): boolean {
    return this.items.delete(key(origin, mediaId));
  }

  /** Quarantine these media and every same-hash copy; returns how many rows changed. */
  quarantine(targets: MediaItem[], by: string): number {
    const hashes = new Set(targets.filter((t) => !this.isProtected(t)).map((t) => t.sha256));
    let changed = 0;
    for (const item of this.items.values()) {
      if (!hashes.has(item.sha256) || item.quarantinedBy !== null || this.isProtected(item)) continue;
      item.quarantinedBy = by;
      this.record(item, true);
      changed += 1;
    }
    return changed;
  }

  unquarantine(target: MediaItem): void {
    for (const item of this.items.values()) {
      if (item.sha256 !== target.sha256 || item.quarantinedBy === null) continue;
      item.quarantinedBy = null;
      this.record(item, false);
    }
  }

  private isProtected(item: MediaItem): boolean {
    return this.isLocal(item) && item.safeFromQuarantine;
  }

  private record(item: MediaItem, quarantined: boolean): void {
    this.stream += 1;
    this.changes.push({ streamId: this.stream, origin: item.origin, mediaId: item.mediaId, quarantined });
  }

  get maxStreamId(): number {
    return this.stream;
  }

  changesAfter(from: number, limit: number): QuarantineChange[] {
    return this.changes.filter((c) => c.streamId > from).slice(0, limit);
  }
}

/** `mxc://server/id` -> parts, or undefined for anything else. */
export function parseMxc(uri: unknown): { origin: string; mediaId: string } | undefined {
  if (typeof uri !== "string") return undefined;
  const m = /^mxc:\/\/([^/]+)\/([^/?#]+)$/.exec(uri);
  return m ? { origin: m[1] as string, mediaId: m[2] as string } : undefined;
}
