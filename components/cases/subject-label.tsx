import { BoundedText } from "@/components/ui/bounded-text";

const KIND_LABELS: Record<string, string> = {
  USER: "User",
  ROOM: "Room",
  EVENT: "Event",
  MEDIA: "Media",
  SERVER: "Server",
};

/** "User @spam:evil.example": the kind in words, the Matrix id in monospace, isolated and truncated. */
export function SubjectLabel({
  kind,
  subjectKey,
  isLocal,
}: {
  kind: string;
  subjectKey: string;
  isLocal?: boolean;
}) {
  return (
    <span className="flex min-w-0 items-center gap-2">
      <span className="w-12 shrink-0 text-xs text-fg-muted">{KIND_LABELS[kind] ?? kind}</span>
      <BoundedText value={subjectKey} mono max={256} className="min-w-0 text-fg" />
      {isLocal === false ? (
        <span className="shrink-0 text-[0.6875rem] text-fg-subtle" title="Not on this homeserver">
          remote
        </span>
      ) : null}
    </span>
  );
}
