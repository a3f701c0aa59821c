import { MediaSection } from "@/components/media/media-section";
import type { CaseDetail } from "@/lib/cases/get-case-detail";

import { CaseHeader } from "./case-header";
import { CaseTimeline } from "./case-timeline";
import { DecisionHistory } from "./decision-history";
import { DecisionSlot } from "./decision-slot";
import { EventContext } from "./event-context";
import { EvidenceList } from "./evidence-list";
import { RawJson } from "./raw-json";
import { RelatedCases } from "./related-cases";
import { ReportedEvent } from "./reported-event";
import { RoomPanel } from "./room-panel";
import { SenderPanel } from "./sender-panel";
import { SignalList } from "./signal-list";

/**
 * The case page, server-rendered: the content and its reports in the main column, who and where in the side
 * column, and the decision slot last. Client code is limited to small islands (show more, link confirmation, media).
 * Every column is `min-w-0` so no hostile string can widen the page beyond the viewport.
 */
export function CaseDetailView({ detail }: { detail: CaseDetail }) {
  const e = detail.enrichment.value;
  const errors = e?.errors ?? [];
  return (
    <div className="min-w-0" data-case-page="">
      <CaseHeader detail={detail} />
      {detail.enrichment.invalidParts.length ? (
        <p role="note" className="mb-3 rounded-md bg-tone-warning-bg px-3 py-2 text-xs text-tone-warning-fg">
          Parts of the intake&apos;s context could not be read ({detail.enrichment.invalidParts.join(", ")}); they are in
          the raw enrichment below.
        </p>
      ) : null}
      <div className="grid min-w-0 grid-cols-1 gap-4 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0 space-y-4" data-case-main="">
          <ReportedEvent event={e?.event} errors={errors} />
          <MediaSection caseId={detail.id} items={e?.media ?? []} />
          <SignalList signals={detail.signals} total={Math.max(detail.signalCount, detail.signalsShown)} />
          <EventContext context={e?.context} reportedEventId={e?.event?.eventId ?? null} />
          <EvidenceList caseId={detail.id} />
          {detail.enrichment.raw ? (
            <div className="rounded-lg border border-line bg-surface px-4 py-2">
              <RawJson value={detail.enrichment.raw} label="Raw enrichment (as captured at intake)" />
            </div>
          ) : (
            <p className="text-xs text-fg-muted">The intake has not gathered context for this case yet.</p>
          )}
        </div>
        <aside className="min-w-0 space-y-4" aria-label="Sender, room and history">
          <SenderPanel mxid={detail.sender} sender={e?.sender} earlier={detail.related.filter((r) => r.relation === "earlier")} />
          <RoomPanel roomId={detail.roomId} room={e?.room} />
          <RelatedCases cases={detail.related} />
          <DecisionHistory decisions={detail.decisions} appeals={detail.appeals} />
          <DecisionSlot caseId={detail.id} detail={detail} />
          <CaseTimeline caseId={detail.id} />
        </aside>
      </div>
    </div>
  );
}
