/** The saved keyword lists (or none), for the settings page and the room scan. */
import type { Db } from "@/lib/db/client";

import { KEYWORD_LISTS_KEY, type KeywordLists, parseKeywordLists } from "./keyword-lists";

export async function loadKeywordLists(db: Db): Promise<KeywordLists> {
  const row = await db.setting.findUnique({ where: { key: KEYWORD_LISTS_KEY } });
  return parseKeywordLists(row?.value);
}
