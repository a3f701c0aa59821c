"use client";

import { createContext, use, useSyncExternalStore } from "react";

import { formatRelative, formatUtc } from "./time-format";

/**
 * "5 min ago", with the exact time in `title`, ticking while the page is open — without hydration mismatches:
 * - the server and the hydrating client both compute from the same instant, the server's `now` handed down by
 *   <NowProvider> (a serialized prop, so identical on both sides), and both render the title in UTC;
 * - once hydrated, the client switches to its own clock (ticking every 15 s) and a local-time title.
 * Without a provider, the first render shows the UTC date and the relative text appears after hydration.
 */
const NowContext = createContext<number | null>(null);

export function NowProvider({ now, children }: { now: number; children: React.ReactNode }) {
  return <NowContext value={now}>{children}</NowContext>;
}

const TICK_MS = 15_000;
const clock = {
  now: typeof window === "undefined" ? 0 : Date.now(),
  listeners: new Set<() => void>(),
  timer: undefined as ReturnType<typeof setInterval> | undefined,
};

function subscribe(listener: () => void): () => void {
  if (clock.listeners.size === 0) {
    clock.now = Date.now();
    clock.timer = setInterval(() => {
      clock.now = Date.now();
      clock.listeners.forEach((l) => l());
    }, TICK_MS);
  }
  clock.listeners.add(listener);
  return () => {
    clock.listeners.delete(listener);
    if (clock.listeners.size === 0 && clock.timer) {
      clearInterval(clock.timer);
      clock.timer = undefined;
    }
  };
}

/** The client's clock after hydration; null while rendering on the server or hydrating. */
function useClientNow(): number | null {
  return useSyncExternalStore(subscribe, getSnapshot, () => null);
}

function getSnapshot(): number {
  // Nothing ticking (e.g. the first time on this page): refresh once, then stay stable until the next tick, as
  // useSyncExternalStore needs the same value from consecutive calls.
  if (clock.listeners.size === 0 && Date.now() - clock.now > TICK_MS) clock.now = Date.now();
  return clock.now;
}

export function RelativeTime({
  value,
  className,
  suffix = true,
}: {
  /** An ISO 8601 string (what our APIs send) or a Date. */
  value: string | Date;
  className?: string;
  /** "5 min ago" (true) or "5 min" (false, for an "Age" column). */
  suffix?: boolean;
}) {
  const serverNow = use(NowContext);
  const clientNow = useClientNow();
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return <span className={className}>—</span>;

  const iso = date.toISOString();
  const now = clientNow ?? serverNow;
  const title = clientNow === null ? formatUtc(date) : `${formatLocal(date)} (${formatUtc(date)})`;
  return (
    <time dateTime={iso} title={title} className={className}>
      {now === null ? formatUtc(date).slice(0, 10) : formatRelative(date.getTime(), now, suffix)}
    </time>
  );
}

function formatLocal(date: Date): string {
  return date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "medium" });
}
