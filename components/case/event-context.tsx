import { BoundedText } from "@/components/ui/bounded-text";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { TEnrichedEvent } from "@/lib/intake/enrichment-schema";
import { boundText } from "@/lib/render/bound";
import { messageView } from "@/lib/render/event-content";

import { InertText } from "./inert-text";
import { Timestamp } from "./timestamp";

/**
 * The events around the reported one, as the intake captured them: sender, time and a short plain-text line each.
 * Context is for reading the conversation, so each line is cut short; the reported event sits between.
 */
export function EventContext({
  context,
  reportedEventId,
}: {
  context: { before: TEnrichedEvent[]; after: TEnrichedEvent[] } | null | undefined;
  reportedEventId: string | null;
}) {
  if (!context) {
    return (
      <Card aria-labelledby="context-title">
        <CardHeader titleId="context-title" title="Conversation around it" />
        <CardBody className="text-sm text-fg-muted">No context was captured for this case.</CardBody>
      </Card>
    );
  }
  return (
    <Card aria-labelledby="context-title">
      <CardHeader titleId="context-title" title="Conversation around it" description={`${context.before.length} before, ${context.after.length} after`} />
      <ol className="divide-y divide-line">
        {context.before.map((e) => (
          <ContextLine key={e.eventId} event={e} />
        ))}
        <li className="bg-tone-info-bg px-4 py-1.5 text-xs font-medium text-tone-info-fg">
          Reported event{reportedEventId ? "" : " (not captured)"}
        </li>
        {context.after.map((e) => (
          <ContextLine key={e.eventId} event={e} />
        ))}
      </ol>
    </Card>
  );
}

function ContextLine({ event }: { event: TEnrichedEvent }) {
  const view = messageView(event.content);
  const text = view.body?.text ?? view.stateText ?? (view.bodyIssue ? `(${view.bodyIssue})` : `(${event.type.slice(0, 100)})`);
  return (
    <li className="grid min-w-0 grid-cols-[minmax(0,10rem)_minmax(0,1fr)_auto] items-baseline gap-3 px-4 py-1.5 text-sm">
      <BoundedText value={event.sender} mono max={256} className="text-xs text-fg-muted" />
      <InertText value={boundText(text, 400).text} className="line-clamp-3 min-w-0 text-fg" />
      <span className="text-xs text-fg-subtle">
        <Timestamp ms={event.originServerTs} />
      </span>
    </li>
  );
}
