import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { BoundedText } from "@/components/ui/bounded-text";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { RelatedCase } from "@/lib/cases/get-case-detail";
import type { TCaseEnrichment } from "@/lib/intake/enrichment-schema";

import { DisplayName } from "./display-name";
import { FieldList, Unknown } from "./field-list";
import { MatrixLink } from "./matrix-link";
import { Timestamp } from "./timestamp";

type Sender = NonNullable<TCaseEnrichment["sender"]>;

const STATUS: { key: keyof Pick<Sender, "suspended" | "locked" | "deactivated" | "shadowBanned">; label: string }[] = [
  { key: "suspended", label: "Suspended" },
  { key: "locked", label: "Locked" },
  { key: "deactivated", label: "Deactivated" },
  { key: "shadowBanned", label: "Shadow-banned" },
];

/** Who sent it: name (with look-alike warning), account status, age, and what was decided about them before. */
export function SenderPanel({
  mxid,
  sender,
  earlier,
}: {
  mxid: string | null;
  sender: Sender | null | undefined;
  earlier: RelatedCase[];
}) {
  const id = sender?.userId ?? mxid;
  return (
    <Card aria-labelledby="sender-title">
      <CardHeader titleId="sender-title" title="Sender" headingLevel={2} />
      <CardBody className="space-y-3">
        {!id ? <p className="text-sm text-fg-muted">No sender is known for this case.</p> : null}
        {id ? (
          <FieldList
            fields={[
              ["Display name", sender ? <DisplayName value={sender.displayName} /> : <Unknown />],
              ["Matrix id", <BoundedText key="id" value={id} mono max={256} lines={2} />],
              ["Homeserver", sender ? (sender.local ? "This homeserver" : "Remote (only rooms, lists and media can act)") : <Unknown />],
              ["Status", sender ? <StatusBadges sender={sender} /> : <Unknown />],
              ["Created", sender?.createdAt ? <Timestamp ms={sender.createdAt} /> : <Unknown />],
              ["Joined rooms", <Unknown key="rooms">not captured at intake</Unknown>],
            ]}
          />
        ) : null}
        {id ? <MatrixLink id={id} /> : null}
        <div>
          <h3 className="text-xs font-medium text-fg-muted">Earlier cases</h3>
          {earlier.length === 0 ? (
            <p className="text-sm text-fg-subtle">None recorded.</p>
          ) : (
            <ul className="mt-1 space-y-1 text-sm">
              {earlier.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center gap-2">
                  <Link href={`/cases/${c.id}`} className="font-medium text-accent hover:underline">
                    Case {c.number}
                  </Link>
                  <span className="text-xs text-fg-muted">{c.status.toLowerCase().replace(/_/g, " ")}</span>
                  {c.latestDecision ? (
                    <Badge tone={c.latestDecision.outcome === "VIOLATION" ? "danger" : "neutral"}>
                      {c.latestDecision.outcome === "VIOLATION" ? "Violation" : "No violation"}
                      {c.latestDecision.policyId ? ` · ${c.latestDecision.policyId.replace(/^org\.matrix\.msc4456\./, "")}` : ""}
                    </Badge>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      </CardBody>
    </Card>
  );
}

function StatusBadges({ sender }: { sender: Sender }) {
  const set = STATUS.filter((s) => sender[s.key] === true);
  const unknown = STATUS.filter((s) => sender[s.key] === null);
  return (
    <span className="flex flex-wrap gap-1">
      {set.map((s) => (
        <Badge key={s.key} tone="danger">
          {s.label}
        </Badge>
      ))}
      {set.length === 0 ? <Badge tone="success">Active</Badge> : null}
      {unknown.length ? <span className="text-xs text-fg-subtle">unknown: {unknown.map((s) => s.label.toLowerCase()).join(", ")}</span> : null}
    </span>
  );
}
