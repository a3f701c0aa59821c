"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { useShortcut } from "@/components/keyboard/shortcut-registry";
import { Button } from "@/components/ui/button";
import { fetchJson } from "@/lib/query/fetch-json";

import { MediaEvidence } from "./media-evidence";
import { mediaKeys } from "./media-keys";
import type { CaseMediaItem, MediaInfo } from "./types";
import { type ExposureState, useMediaExposure } from "./use-media-exposure";

/**
 * One media item of the reported event. In order: text and hash evidence; then the preview, blurred and greyscale
 * on the server (the browser never receives raw pixels unless the reviewer reveals on purpose); then the explicit
 * Reveal, which is audited and counted against the daily budget. Files that cannot be previewed (video, SVG, HTML,
 * documents) are described and can be downloaded as an opaque attachment; nothing ever plays by itself.
 */
export function MediaPreview({
  caseId,
  item,
  revealShortcut = false,
}: {
  caseId: string;
  item: CaseMediaItem;
  /** The first previewable item answers `v` (reveal), listed under "?" like the case page's other keys. */
  revealShortcut?: boolean;
}) {
  const info = useQuery({
    queryKey: mediaKeys.info(item.mxc),
    queryFn: ({ signal }) => fetchJson<MediaInfo>(`/api/v1/media/info?${new URLSearchParams({ mxc: item.mxc })}`, signal),
    staleTime: Infinity,
  });
  const exposure = useMediaExposure({ mxc: item.mxc, caseId, fallbackName: info.data?.name ?? "media.bin" });
  const [previewFailed, setPreviewFailed] = useState(false);
  const [colour, setColour] = useState(false);
  const previewable = info.data ? info.data.family === "raster" : info.isError && !!item.mimetype?.startsWith("image/");
  const label = item.uploadName ? `“${item.uploadName.slice(0, 80)}”` : "this file";
  useShortcut({
    keys: "v",
    description: "Reveal the first image (audited, counts against today's budget)",
    group: "Case",
    // The same path as the Reveal button: a budget confirmation still asks first.
    handler: () => void exposure.reveal({ acknowledgeOverBudget: false }),
    enabled: revealShortcut && previewable && exposure.state.kind !== "revealed",
  });

  return (
    <figure className="min-w-0 space-y-3 rounded-md border border-line p-3" aria-label={`Media ${item.mxc}`}>
      <MediaEvidence item={item} info={info.data} infoError={info.isError} />
      {info.isPending ? <p className="text-xs text-fg-muted">Checking the file before showing anything…</p> : null}
      {exposure.state.kind === "revealed" ? (
        <div className="space-y-2">
          {/* eslint-disable-next-line @next/next/no-img-element -- a blob: URL of our own re-encoded rendition. */}
          <img
            src={exposure.state.url}
            alt={`Revealed image ${label}`}
            data-revealed=""
            className={`max-h-[28rem] max-w-full rounded-md object-contain ${colour ? "" : "grayscale"}`}
          />
          <div className="flex flex-wrap gap-2">
            <Button size="sm" onClick={exposure.hide}>
              Hide again
            </Button>
            <Button size="sm" variant="ghost" aria-pressed={colour} onClick={() => setColour((v) => !v)}>
              {colour ? "Back to greyscale" : "Show in colour"}
            </Button>
          </div>
        </div>
      ) : previewable && !previewFailed ? (
        <div className="space-y-2">
          {/* eslint-disable-next-line @next/next/no-img-element -- the server's blurred WebP; next/image would re-fetch it. */}
          <img
            src={`/api/v1/media/preview?${new URLSearchParams({ mxc: item.mxc, caseId, greyscale: "1" })}`}
            alt={`Blurred preview of ${label}`}
            data-blurred-preview=""
            loading="lazy"
            decoding="async"
            onError={() => setPreviewFailed(true)}
            className="max-h-72 max-w-full rounded-md object-contain grayscale"
          />
          <ExposureActions state={exposure.state} onReveal={(ack) => void exposure.reveal({ acknowledgeOverBudget: ack })} />
        </div>
      ) : info.data || info.isError || previewFailed ? (
        <Unsupported reason={info.data?.reason ?? (previewFailed ? "no_preview" : null)} state={exposure.state} onDownload={(ack) => void exposure.download(ack)} />
      ) : null}
    </figure>
  );
}

function ExposureActions({ state, onReveal }: { state: ExposureState; onReveal: (acknowledgeOverBudget: boolean) => void }) {
  if (state.kind === "confirm_budget") return <BudgetConfirm what="Reveal" onConfirm={() => onReveal(true)} />;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button size="sm" variant="secondary" pending={state.kind === "pending"} onClick={() => onReveal(false)}>
        Reveal
      </Button>
      <span className="text-xs text-fg-muted">Shows the unblurred image, greyscale until you choose colour. Recorded in the audit log.</span>
      <StateMessage state={state} />
    </div>
  );
}

function Unsupported({ reason, state, onDownload }: { reason: string | null; state: ExposureState; onDownload: (ack: boolean) => void }) {
  return (
    <div className="space-y-2 text-xs text-fg-muted">
      <p>
        No preview for this file{reason === "too_large" ? " (larger than the preview limit)" : ""}; decide from the
        evidence above, or download it to inspect in a safe environment.
      </p>
      {state.kind === "confirm_budget" ? (
        <BudgetConfirm what="Download" onConfirm={() => onDownload(true)} />
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <Button size="sm" pending={state.kind === "pending"} onClick={() => onDownload(false)}>
            Download original
          </Button>
          <span>Saved as an attachment, never opened in the console. Recorded in the audit log.</span>
          <StateMessage state={state} />
        </div>
      )}
    </div>
  );
}

function BudgetConfirm({ what, onConfirm }: { what: string; onConfirm: () => void }) {
  return (
    <div role="alert" className="space-y-2 rounded-md bg-tone-warning-bg p-2 text-xs text-tone-warning-fg">
      <p>
        You have used today&apos;s reveal budget. A break may help; if this decision cannot wait, you can go on (it is
        recorded that you were over budget).
      </p>
      <Button size="sm" onClick={onConfirm}>
        {what} anyway
      </Button>
    </div>
  );
}

function StateMessage({ state }: { state: ExposureState }) {
  if (state.kind === "error") return <span role="alert" className="text-tone-danger-fg">{state.message}</span>;
  if (state.kind === "descriptor") return <span>This file cannot be shown as an image ({state.info.type}).</span>;
  return null;
}
