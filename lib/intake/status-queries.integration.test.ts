import { describe, expect, it } from "vitest";

import { testDb } from "@/tests/integration/per-file-database";

import { listIntakeStatus } from "./status-queries";

describe("intake status", () => {
  it("is empty before intake has run", async () => {
    expect(await listIntakeStatus(testDb())).toEqual([]);
  });

  it("reports each source, whether its last run failed, and only numeric totals", async () => {
    const db = testDb();
    const t = (s: string) => new Date(`2026-11-26T${s}Z`);
    await db.intakeCursor.create({
      data: {
        source: "EVENT_REPORT",
        lastRunAt: t("10:00:00"),
        lastSuccessAt: t("10:00:00"),
        stats: { fetched: 3, new: 1, note: "x" },
      },
    });
    await db.intakeCursor.create({
      data: {
        source: "USER_REPORT",
        lastRunAt: t("10:05:00"),
        lastSuccessAt: t("09:00:00"),
        lastError: "502",
        lastErrorAt: t("10:05:00"),
      },
    });
    await db.intakeCursor.create({
      data: { source: "ROOM_REPORT", available: false, unavailableReason: "no API" },
    });
    const rows = await listIntakeStatus(db);
    const bySource = Object.fromEntries(rows.map((r) => [r.source, r]));
    expect(bySource.EVENT_REPORT).toMatchObject({ failing: false, stats: { fetched: 3, new: 1 } });
    expect(bySource.EVENT_REPORT!.stats).not.toHaveProperty("note");
    expect(bySource.USER_REPORT).toMatchObject({
      failing: true,
      lastError: "502",
      lastSuccessAt: t("09:00:00").toISOString(),
    });
    expect(bySource.ROOM_REPORT).toMatchObject({
      available: false,
      unavailableReason: "no API",
      failing: false,
    });
  });
});
