import { BoundedText } from "@/components/ui/bounded-text";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { TEnrichedEvent } from "@/lib/intake/enrichment-schema";
import { boundedJson } from "@/lib/render/bound";
import { messageView } from "@/lib/render/event-content";

import { ExpandableText } from "./expandable-text";
import { FormattedBody } from "./formatted-body";
import { MatrixLink } from "./matrix-link";
import { RawJson } from "./raw-json";
import { Timestamp } from "./timestamp";

/**
 * The reported event, inert: the plain body first (text, invisibles chipped, bounded with "show more"), the
 * sanitised HTML version one click away, then the raw JSON. The event may be missing (purged, never fetched); the
 * intake's own errors then say why.
 */
export function ReportedEvent({
  event,
  errors,
}: {
  event: TEnrichedEvent | null | undefined;
  errors: { part: string; message: string }[];
}) {
  return (
    <Card aria-labelledby="reported-event-title">
      <CardHeader titleId="reported-event-title" title="Reported content" description="Plain text first; nothing in it is clickable or runs." />
      <CardBody className="min-w-0">{event ? <EventBody event={event} /> : <Missing errors={errors} />}</CardBody>
    </Card>
  );
}

function EventBody({ event }: { event: TEnrichedEvent }) {
  const view = messageView(event.content);
  return (
    <div className="min-w-0">
      <div className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-fg-muted">
        <BoundedText value={event.sender} mono max={256} className="max-w-80 text-fg" />
        <span className="font-mono">{event.type.slice(0, 100)}</span>
        {view.msgtype ? <span className="font-mono">{view.msgtype}</span> : null}
        <Timestamp ms={event.originServerTs} />
        {event.softFailed ? <Badge tone="warning">Soft-failed by Synapse</Badge> : null}
        {event.policyServerSpammy ? <Badge tone="danger">Policy server: spammy</Badge> : null}
      </div>
      {view.body ? (
        <ExpandableText value={view.body} />
      ) : view.stateText ? (
        <ExpandableText value={{ text: view.stateText, truncated: false, totalLength: view.stateText.length }} />
      ) : (
        <p className="text-sm text-fg-muted">No text body.</p>
      )}
      {view.bodyIssue ? <p className="mt-2 text-xs text-tone-warning-fg">Malformed content: {view.bodyIssue}.</p> : null}
      {view.intakeTruncated ? (
        <p className="mt-2 text-xs text-fg-muted">The content was too large to store whole; this is the intake&apos;s preview.</p>
      ) : null}
      {view.formattedBody !== null ? <FormattedBody html={view.formattedBody} /> : null}
      <div className="mt-3 flex flex-wrap items-center gap-x-3 text-xs text-fg-muted">
        <BoundedText value={event.eventId} mono max={300} className="max-w-96" />
        <MatrixLink id={event.eventId} roomId={event.roomId} />
      </div>
      <RawJson value={boundedJson(event, 32_000)} label="Raw event JSON" />
    </div>
  );
}

function Missing({ errors }: { errors: { part: string; message: string }[] }) {
  const relevant = errors.filter((e) => e.part === "event");
  return (
    <div className="text-sm text-fg-muted">
      <p>The reported event could not be fetched at intake (it may have been purged or never arrived here).</p>
      {relevant.map((e, i) => (
        <BoundedText key={i} value={e.message} lines={3} max={500} as="div" className="mt-1 text-xs" />
      ))}
    </div>
  );
}
