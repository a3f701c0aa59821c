/**
 * How many files a local user uploaded and their total size. The count comes from Synapse's `total`; the bytes
 * need every page summed, so past `maxPages` the byte total is a lower bound.
 */
import type { UsersApi } from "@/lib/synapse/users";

import type { Count } from "./types";

const PAGE = 100;

export async function userMediaTotals(
  users: UsersApi,
  userId: string,
  maxPages: number,
): Promise<{ count: Count; totalBytes: Count }> {
  let bytes = 0;
  let total = 0;
  let from: number | undefined = 0;
  for (let page = 0; page < maxPages && from !== undefined; page++) {
    const result = await users.listUserMedia(userId, { from, limit: PAGE });
    total = result.total;
    bytes += result.media.reduce((sum, m) => sum + (m.media_length ?? 0), 0);
    from = result.next_token;
  }
  return { count: { value: total, exact: true }, totalBytes: { value: bytes, exact: from === undefined } };
}
