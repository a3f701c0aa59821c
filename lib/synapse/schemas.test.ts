import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";
import type { z } from "zod";

import { apiErrorFromResponse } from "./response-body";
import {
  ZClientEvent,
  ZEventReportDetail,
  ZEventReportPage,
  ZRedactStarted,
  ZRedactStatus,
  ZServerVersion,
  ZSuspendResult,
  ZUser,
  ZUserReportPage,
} from "./schemas";

const FIXTURES = path.join(import.meta.dirname, "__fixtures__");

/**
 * Reads a recorded response. `admin_user_reports.json` was recorded with the HTTP status appended after the body
 * (`{...} 200`); the fixtures are read-only evidence, so the loader strips such a trailer instead of editing them.
 */
function fixture(name: string): unknown {
  const text = readFileSync(path.join(FIXTURES, name), "utf8");
  try {
    return JSON.parse(text);
  } catch {
    return JSON.parse(text.replace(/\s+\d{3}\s*$/, ""));
  }
}

const SUCCESS_FIXTURES: Record<string, z.ZodType> = {
  "admin_event_report_detail.json": ZEventReportDetail,
  "admin_event_reports.json": ZEventReportPage,
  "admin_redact_status.json": ZRedactStatus,
  "admin_redact_user.json": ZRedactStarted,
  "admin_suspend.json": ZSuspendResult,
  "admin_unsuspend.json": ZSuspendResult,
  "admin_user_after_suspend.json": ZUser,
  "admin_user_reports.json": ZUserReportPage,
  "event_after_redaction.json": ZClientEvent,
  "server_version.json": ZServerVersion,
};
const ERROR_FIXTURES = ["bob_send_while_suspended.json"];

describe("schemas against responses recorded from Synapse 1.160", () => {
  it("has a schema for every recorded fixture", () => {
    const recorded = readdirSync(FIXTURES).filter((f) => f.endsWith(".json"));
    expect(recorded.sort()).toEqual([...Object.keys(SUCCESS_FIXTURES), ...ERROR_FIXTURES].sort());
  });

  it.each(Object.entries(SUCCESS_FIXTURES))("%s parses", (name, schema) => {
    const result = schema.safeParse(fixture(name));
    expect(result.error?.issues).toBeUndefined();
  });

  it("keeps unknown fields (loose objects) and the unredacted evidence of a report", () => {
    const detail = ZEventReportDetail.parse(fixture("admin_event_report_detail.json"));
    expect(detail.event_json.content).toEqual({ body: "spam from bob", msgtype: "m.text" });
    expect(detail.event_json).toHaveProperty("hashes"); // not declared, kept
    expect(detail.score).toBe(-100);
  });

  it("reads the redacted event as a member sees it", () => {
    const event = ZClientEvent.parse(fixture("event_after_redaction.json"));
    expect(event.content).toEqual({});
    expect(event.unsigned?.redacted_because).toMatchObject({ type: "m.room.redaction" });
  });

  it("reads the redaction job's final status", () => {
    expect(ZRedactStatus.parse(fixture("admin_redact_status.json"))).toEqual({
      status: "complete",
      failed_redactions: {},
    });
  });

  it("maps the suspended-send error body", () => {
    const text = JSON.stringify(fixture("bob_send_while_suspended.json"));
    const error = apiErrorFromResponse(
      "PUT",
      "/_matrix/client/v3/rooms/x/send/m.room.message/1",
      403,
      new Headers(),
      text,
    );
    expect(error).toMatchObject({ status: 403, errcode: "M_USER_SUSPENDED" });
    expect(error.error).toMatch(/suspended/);
  });

  it("rejects a report page whose ids are not integers", () => {
    const page = structuredClone(fixture("admin_event_reports.json")) as {
      event_reports: Array<{ id: unknown }>;
    };
    page.event_reports[0]!.id = "2";
    expect(ZEventReportPage.safeParse(page).success).toBe(false);
  });
});
