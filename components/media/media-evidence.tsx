import { BoundedText } from "@/components/ui/bounded-text";
import { Badge } from "@/components/ui/badge";

import type { CaseMediaItem, MediaInfo } from "./types";

export function formatBytes(size: number | null | undefined): string {
  if (typeof size !== "number" || !Number.isFinite(size) || size < 0) return "unknown size";
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KiB`;
  return `${(size / 1024 / 1024).toFixed(1)} MiB`;
}

/**
 * Text and hash evidence about a file, shown before any pixels: what the uploader claimed, what the bytes really
 * are (a mismatch is itself a signal), size, hashes for hash lists, and whether Synapse has it quarantined.
 */
export function MediaEvidence({ item, info, infoError }: { item: CaseMediaItem; info: MediaInfo | undefined; infoError: boolean }) {
  const mismatch = info && item.mimetype && info.type !== item.mimetype.split(";")[0]?.trim();
  const quarantined = info?.quarantined ?? item.quarantined;
  return (
    <dl className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-3 gap-y-1 text-xs" aria-label="File evidence">
      <dt className="text-fg-muted">Name</dt>
      <dd className="min-w-0">
        <BoundedText value={info?.name ?? item.uploadName} max={200} className="text-fg" />
      </dd>
      <dt className="text-fg-muted">Type</dt>
      <dd className="flex min-w-0 flex-wrap items-center gap-1">
        <span className="font-mono">{info?.type ?? "…"}</span>
        <span className="text-fg-muted">
          (claimed <BoundedText value={item.mimetype} max={100} mono className="inline" />)
        </span>
        {mismatch ? <Badge tone="warning">Type differs from claim</Badge> : null}
      </dd>
      <dt className="text-fg-muted">Size</dt>
      <dd>
        {formatBytes(info?.size ?? item.size)}
        {info?.dimensions ? ` · ${info.dimensions.width}×${info.dimensions.height}` : ""}
      </dd>
      <dt className="text-fg-muted">SHA-256</dt>
      <dd className="min-w-0 font-mono break-all" data-testid="media-sha256">
        {info?.sha256 ?? (infoError ? "unavailable" : "…")}
      </dd>
      <dt className="text-fg-muted">MD5</dt>
      <dd className="min-w-0 font-mono break-all">{info?.md5 ?? (infoError ? "unavailable" : "…")}</dd>
      <dt className="text-fg-muted">Quarantined</dt>
      <dd>{quarantined === null || quarantined === undefined ? "unknown" : quarantined ? <Badge tone="danger">Quarantined</Badge> : "no"}</dd>
      <dt className="text-fg-muted">mxc</dt>
      <dd className="min-w-0">
        <BoundedText value={item.mxc} mono max={300} />
      </dd>
    </dl>
  );
}
