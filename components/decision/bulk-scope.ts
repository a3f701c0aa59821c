/**
 * "Every open case of this sender / this room", worked out in the browser from our own read APIs: the sender or
 * room of a row (a queue row carries the subject only, so an event's sender takes one look at the case), then the
 * open cases about it through the same subject match the bulk endpoint uses for `{ sender }` / `{ roomId }`.
 */
import type { CaseDetail } from "@/lib/cases/get-case-detail";
import type { CaseListItem, CaseListPage } from "@/lib/cases/schemas";
import { fetchJson } from "@/lib/query/fetch-json";

import type { BulkScope } from "./bulk-actions";

/** The bulk endpoint's own cap (MAX_BULK_CASES in lib/cases/bulk-decide.ts, which is server-only). */
export const MAX_BULK_CASES = 500;

export type SelectedCase = { id: string; number: number };

export async function resolveScope(item: CaseListItem, which: BulkScope["kind"]): Promise<BulkScope | null> {
  const { kind, key, isLocal } = item.subject;
  if (which === "sender" && kind === "USER") return { kind: "sender", userId: key, local: isLocal };
  if (which === "room" && kind === "ROOM") return { kind: "room", roomId: key };
  if (kind !== "EVENT" && kind !== "MEDIA") return null;
  const detail = await fetchJson<CaseDetail>(`/api/v1/cases/${encodeURIComponent(item.id)}`);
  if (which === "room") return detail.roomId ? { kind: "room", roomId: detail.roomId } : null;
  if (!detail.sender) return null;
  const local = detail.enrichment.value?.sender?.local ?? detail.subject.isLocal;
  return { kind: "sender", userId: detail.sender, local };
}

/** The open cases of the scope, oldest pages first, up to the bulk cap. */
export async function openCasesOf(scope: BulkScope): Promise<{ cases: SelectedCase[]; truncated: boolean }> {
  const cases: SelectedCase[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams({
      subject: scope.kind === "sender" ? scope.userId : scope.roomId,
      status: "open",
      sort: "oldest",
      limit: "200",
    });
    if (cursor) params.set("cursor", cursor);
    const page: CaseListPage = await fetchJson<CaseListPage>(`/api/v1/cases?${params}`);
    cases.push(...page.items.map((i) => ({ id: i.id, number: i.number })));
    cursor = page.nextCursor;
  } while (cursor && cases.length < MAX_BULK_CASES);
  return { cases: cases.slice(0, MAX_BULK_CASES), truncated: !!cursor || cases.length > MAX_BULK_CASES };
}
