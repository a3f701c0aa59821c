import { RelativeTime } from "@/components/ui/relative-time";

/** A time from Matrix (milliseconds) or from our API (ISO), shown relative with the exact time on hover. */
export function Timestamp({ ms, iso }: { ms?: number | null; iso?: string | null }) {
  const date = typeof ms === "number" && Number.isFinite(ms) ? new Date(ms) : iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return <span className="text-fg-subtle">—</span>;
  return <RelativeTime value={date} />;
}
