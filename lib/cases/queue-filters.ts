/**
 * The queue's filters, as they live in the address bar: parsed leniently (a hand-edited or outdated link drops the
 * bad value instead of failing the page), written back without defaults (short, stable links), and turned into
 * the Prisma `where` that list-cases.ts pages through. Pure: shared by the server page, the API and the browser.
 */
import type { Prisma } from "@/lib/generated/prisma/client";

import { AGE_FILTER_HOURS, type ListCasesQuery, ZListCasesQuery } from "./schemas";

export type QueueFilters = Omit<ListCasesQuery, "limit" | "cursor">;

/** The keys that make up a view, in the order they are written to the URL. */
export const QUEUE_FILTER_KEYS = ["status", "sort", "source", "harm", "kind", "origin", "room", "mine", "age", "subject"] as const;

export const DEFAULT_QUEUE_FILTERS: QueueFilters = ZListCasesQuery.parse({});

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

export function parseQueueFilters(params: ParamSource): QueueFilters {
  const raw: Record<string, string> = {};
  for (const key of QUEUE_FILTER_KEYS) {
    const value = params instanceof URLSearchParams ? params.get(key) : first(params[key]);
    if (value) raw[key] = value;
  }
  const filters: Record<string, unknown> = { ...DEFAULT_QUEUE_FILTERS };
  const shape = ZListCasesQuery.shape;
  for (const [key, value] of Object.entries(raw)) {
    const parsed = shape[key as keyof typeof shape].safeParse(value);
    if (parsed.success) filters[key] = parsed.data;
  }
  return filters as QueueFilters;
}

export function queueFiltersToSearchParams(filters: Partial<QueueFilters>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of QUEUE_FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined || value === false || value === DEFAULT_QUEUE_FILTERS[key]) continue;
    params.set(key, value === true ? "1" : String(value));
  }
  return params;
}

export function statusWhere(status: QueueFilters["status"]): Prisma.CaseWhereInput {
  if (status === "all") return {};
  // `isOpen` (a generated column) rather than `status IN (…)`: see the comment on Case.isOpen in the schema.
  return status === "open" ? { isOpen: true } : { status };
}

/** Everything but the keyset bound: status, visibility and the reviewer's filters. */
export function queueWhere(
  filters: QueueFilters,
  reviewer: { id?: string; childSafety: boolean },
  now: Date,
): Prisma.CaseWhereInput {
  const and: Prisma.CaseWhereInput[] = [statusWhere(filters.status)];
  // Child-safety cases are never shown to reviewers without the qualification, whatever the filters say.
  if (!reviewer.childSafety) and.push({ childSafety: false });
  if (filters.source) and.push({ signals: { some: { source: filters.source } } });
  if (filters.harm === "none") and.push({ suggestedPolicyId: null });
  else if (filters.harm) and.push({ suggestedPolicy: { category: filters.harm } });
  if (filters.kind) and.push({ subject: { kind: filters.kind } });
  if (filters.origin) and.push({ subject: { isLocal: filters.origin === "local" } });
  if (filters.room) {
    and.push({ subject: { OR: [{ kind: "ROOM", key: filters.room }, { roomId: filters.room }] } });
  }
  if (filters.mine) {
    // Without an id (a caller that is not a reviewer) "mine" matches nothing rather than everything.
    and.push(reviewer.id ? { claimedById: reviewer.id, claimExpiresAt: { gt: now } } : { id: { in: [] } });
  }
  if (filters.age) and.push({ openedAt: { lt: new Date(now.getTime() - AGE_FILTER_HOURS[filters.age] * 3_600_000) } });
  if (filters.subject) and.push({ subject: subjectMatch(filters.subject) });
  return { AND: and };
}

/**
 * An exact identifier to the subjects it names. The sigil gives the kind, so the lookup uses the (kind, key)
 * unique index; users and rooms also match the events they sent / that were sent in them (indexed columns).
 */
export function subjectMatch(key: string): Prisma.SubjectWhereInput {
  if (key.startsWith("@")) return { OR: [{ kind: "USER", key }, { senderMxid: key }] };
  if (key.startsWith("!")) return { OR: [{ kind: "ROOM", key }, { roomId: key }] };
  if (key.startsWith("$")) return { kind: "EVENT", key };
  if (key.startsWith("mxc://")) return { kind: "MEDIA", key };
  return { kind: "SERVER", key };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
