/** One `Setting` row as pages show it: the parsed value, and when and by whom it was last changed. */
import type { Db } from "@/lib/db/client";

export type SettingView<T> = { value: T; updatedAt: Date | null; updatedBy: string | null };

export async function readSetting<T>(
  db: Db,
  key: string,
  parse: (value: unknown) => T,
): Promise<SettingView<T>> {
  const row = await db.setting.findUnique({ where: { key } });
  const by = row?.updatedById
    ? await db.reviewer.findUnique({ where: { id: row.updatedById }, select: { mxid: true } })
    : null;
  return { value: parse(row?.value), updatedAt: row?.updatedAt ?? null, updatedBy: by?.mxid ?? null };
}
