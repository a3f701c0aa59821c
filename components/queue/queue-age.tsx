import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";

import { SLA_BREACH_HOURS, SLA_WARN_HOURS, slaState } from "./sla";

/**
 * Age plus its service-level state in words ("Overdue"), not colour alone. `now` is when the list was fetched
 * (the same number on server and client, so no hydration mismatch; each poll moves it on).
 */
export function QueueAge({ openedAt, now }: { openedAt: string; now: number }) {
  const state = slaState(openedAt, now);
  return (
    <span className="flex items-center gap-1.5">
      <RelativeTime value={openedAt} suffix={false} className={state === "ok" ? "text-fg-muted" : "text-fg"} />
      {state === "overdue" ? (
        <Badge tone="danger" title={`Open more than ${SLA_BREACH_HOURS} hours`}>
          Overdue
        </Badge>
      ) : state === "ageing" ? (
        <Badge tone="warning" title={`Open more than ${SLA_WARN_HOURS} hours`}>
          Ageing
        </Badge>
      ) : null}
    </span>
  );
}
