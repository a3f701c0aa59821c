"use client";

import { Card, CardBody, CardHeader } from "@/components/ui/card";

import { ExposureMeter } from "./exposure-meter";
import { MediaPreview } from "./media-preview";
import type { CaseMediaItem } from "./types";

/** The reported event's media, with the reviewer's exposure today on top. */
export function MediaSection({ caseId, items }: { caseId: string; items: CaseMediaItem[] }) {
  return (
    <Card aria-labelledby="media-title">
      <CardHeader
        titleId="media-title"
        title={`Media (${items.length})`}
        description="Evidence first; previews are blurred and greyscale on the server."
      />
      <CardBody className="space-y-3">
        <ExposureMeter />
        {items.length === 0 ? <p className="text-sm text-fg-muted">The reported event has no media.</p> : null}
        {items.map((item, index) => (
          <MediaPreview key={item.mxc} caseId={caseId} item={item} revealShortcut={index === 0} />
        ))}
      </CardBody>
    </Card>
  );
}
