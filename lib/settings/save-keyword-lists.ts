/**
 * Saves the keyword lists the proactive room scan matches against (`intake.keyword_lists`). Admins only. The next
 * scan notices the change (the lists' fingerprint is kept in its cursor) and starts a fresh sweep of all rooms.
 */
import type { CurrentReviewer } from "@/lib/auth/types";
import type { AuditContext } from "@/lib/audit/types";
import type { Db } from "@/lib/db/client";
import { assertCan } from "@/lib/media/assert-can";

import { KEYWORD_LISTS_KEY, type KeywordLists, ZKeywordLists } from "./keyword-lists";
import { writeSetting } from "./write-setting";

export async function saveKeywordLists(
  db: Db,
  input: {
    actor: Pick<CurrentReviewer, "id" | "mxid" | "role">;
    lists: KeywordLists;
    context?: AuditContext;
  },
): Promise<{ lists: KeywordLists; changed: boolean }> {
  assertCan(input.actor, "settings.manage");
  const lists = ZKeywordLists.parse(input.lists);
  const { changed } = await db.$transaction((tx) =>
    writeSetting(tx, { key: KEYWORD_LISTS_KEY, value: lists, actor: input.actor, context: input.context }),
  );
  return { lists, changed };
}
