"use client";

import { useId, useState } from "react";

import { CASE_STATUS_LABELS } from "@/components/cases/case-status";
import { SIGNAL_SOURCE_LABELS } from "@/components/cases/labels";
import { Button } from "@/components/ui/button";
import type { QueueFilters } from "@/lib/cases/queue-filters";
import { type QueueCounts, SIGNAL_SOURCES, SUBJECT_KINDS } from "@/lib/cases/schemas";
import { POLICY_CATALOG } from "@/lib/policies/catalog";

type Option = { value: string; label: string; count?: number };

const KIND_LABELS: Record<string, string> = { USER: "Users", ROOM: "Rooms", EVENT: "Events", MEDIA: "Media", SERVER: "Servers" };
const CATEGORIES = POLICY_CATALOG.filter((p) => p.id === p.category);

/**
 * The queue's filters and sort. Each change rewrites the URL (the caller does), so a copied link reproduces the
 * view. Numbers are open cases per value (GET /api/v1/cases/counts); they are absent until counts load.
 */
export function QueueFiltersBar({
  filters,
  counts,
  onChange,
}: {
  filters: QueueFilters;
  counts: QueueCounts | undefined;
  onChange: (next: Partial<QueueFilters>) => void;
}) {
  const [room, setRoom] = useState(filters.room ?? "");
  const roomId = useId();
  const mineId = useId();
  const statusOptions: Option[] = [
    { value: "open", label: "Needs review", count: counts?.total },
    ...(["OPEN", "ON_HOLD", "ESCALATED"] as const).map((s) => ({ value: s, label: CASE_STATUS_LABELS[s], count: counts?.status[s] ?? 0 })),
    ...(["DECIDED", "APPEALED", "APPEAL_DECIDED", "CLOSED"] as const).map((s) => ({ value: s, label: CASE_STATUS_LABELS[s] })),
    { value: "all", label: "Any status" },
  ];
  const any = (label: string): Option => ({ value: "", label });
  const withCount = (n: number | undefined) => (counts ? (n ?? 0) : undefined);

  return (
    <div role="group" aria-label="Filters" className="flex flex-wrap items-end gap-x-3 gap-y-2 pb-3">
      <Select label="Status" value={filters.status} options={statusOptions} onChange={(v) => onChange({ status: v as QueueFilters["status"] })} />
      <Select
        label="Sort"
        value={filters.sort}
        options={[
          { value: "priority", label: "Priority" },
          { value: "oldest", label: "Oldest first" },
          { value: "newest", label: "Newest first" },
        ]}
        onChange={(v) => onChange({ sort: v as QueueFilters["sort"] })}
      />
      <Select
        label="Source"
        value={filters.source ?? ""}
        options={[any("Any source"), ...SIGNAL_SOURCES.map((s) => ({ value: s, label: SIGNAL_SOURCE_LABELS[s], count: withCount(counts?.source[s]) }))]}
        onChange={(v) => onChange({ source: (v || undefined) as QueueFilters["source"] })}
      />
      <Select
        label="Harm"
        value={filters.harm ?? ""}
        options={[
          any("Any harm"),
          ...CATEGORIES.map((c) => ({ value: c.id, label: c.label.replace(" (general)", ""), count: withCount(counts?.harm[c.id]) })),
          { value: "none", label: "Not yet known", count: withCount(counts?.harm.none) },
        ]}
        onChange={(v) => onChange({ harm: v || undefined })}
      />
      <Select
        label="Subject"
        value={filters.kind ?? ""}
        options={[any("Any subject"), ...SUBJECT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] ?? k, count: withCount(counts?.kind[k]) }))]}
        onChange={(v) => onChange({ kind: (v || undefined) as QueueFilters["kind"] })}
      />
      <Select
        label="Origin"
        value={filters.origin ?? ""}
        options={[
          any("Local and remote"),
          { value: "local", label: "Local", count: counts?.origin.local },
          { value: "remote", label: "Remote", count: counts?.origin.remote },
        ]}
        onChange={(v) => onChange({ origin: (v || undefined) as QueueFilters["origin"] })}
      />
      <Select
        label="Age"
        value={filters.age ?? ""}
        options={[
          any("Any age"),
          { value: "24h", label: "Older than 24 h", count: counts?.age["24h"] },
          { value: "72h", label: "Older than 72 h", count: counts?.age["72h"] },
          { value: "7d", label: "Older than 7 days", count: counts?.age["7d"] },
        ]}
        onChange={(v) => onChange({ age: (v || undefined) as QueueFilters["age"] })}
      />
      <form
        className="flex flex-col gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          onChange({ room: room.trim() || undefined });
        }}
      >
        <label htmlFor={roomId} className="text-xs text-fg-muted">
          Room
        </label>
        <input
          id={roomId}
          value={room}
          onChange={(e) => setRoom(e.target.value)}
          onBlur={() => (room.trim() || undefined) !== filters.room && onChange({ room: room.trim() || undefined })}
          placeholder="!room:server"
          spellCheck={false}
          className="h-8 w-44 rounded-md border border-line-strong bg-surface px-2 font-mono text-[0.8125rem] text-fg"
        />
      </form>
      <label htmlFor={mineId} className="flex h-8 items-center gap-1.5 text-[0.8125rem] text-fg">
        <input id={mineId} type="checkbox" checked={!!filters.mine} onChange={(e) => onChange({ mine: e.target.checked || undefined })} />
        Assigned to me{counts ? ` (${counts.mine})` : ""}
      </label>
      <Button size="sm" variant="ghost" onClick={() => { setRoom(""); onChange({ status: "open", sort: "priority", source: undefined, harm: undefined, kind: undefined, origin: undefined, room: undefined, mine: undefined, age: undefined, subject: undefined }); }}>
        Clear filters
      </Button>
    </div>
  );
}

function Select({ label, value, options, onChange }: { label: string; value: string; options: Option[]; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs text-fg-muted">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="h-8 max-w-52 rounded-md border border-line-strong bg-surface px-2 text-[0.8125rem] text-fg"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.count === undefined ? o.label : `${o.label} (${o.count.toLocaleString("en")})`}
          </option>
        ))}
      </select>
    </div>
  );
}
