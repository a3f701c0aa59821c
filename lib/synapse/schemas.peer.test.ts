import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";
import type { z } from "zod";

import { isUnrecognizedEndpoint } from "./errors";
import { apiErrorFromResponse } from "./response-body";
import {
  ZBlockStatus,
  ZDeleteTask,
  ZDeleteTasks,
  ZDirectoryVisibility,
  ZEventContext,
  ZFetchedEvent,
  ZJoinedRooms,
  ZMediaInfo,
  ZMemberships,
  ZQuarantineChangePage,
  ZRoomDetails,
  ZRoomMedia,
  ZRoomMembers,
  ZRoomMessages,
  ZRoomState,
  ZUserMediaPage,
  ZWhoami,
  ZWhois,
} from "./schemas";

const DIR = path.join(import.meta.dirname, "__fixtures__", "peer");
const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(DIR, name), "utf8"));

const SCHEMAS: Record<string, z.ZodType> = {
  "delete_status.json": ZDeleteTask,
  "directory_visibility.json": ZDirectoryVisibility,
  "event_context.json": ZEventContext,
  "fetch_event.json": ZFetchedEvent,
  "joined_rooms.json": ZJoinedRooms,
  "media_info.json": ZMediaInfo,
  "memberships.json": ZMemberships,
  "quarantine_changes.json": ZQuarantineChangePage,
  "room_block.json": ZBlockStatus,
  "room_delete_statuses.json": ZDeleteTasks,
  "room_details.json": ZRoomDetails,
  "room_media.json": ZRoomMedia,
  "room_members.json": ZRoomMembers,
  "room_messages.json": ZRoomMessages,
  "room_state.json": ZRoomState,
  "user_media.json": ZUserMediaPage,
  "whoami.json": ZWhoami,
  "whois.json": ZWhois,
};

describe("schemas against raw responses from the Synapse test peer", () => {
  it("has a schema for every recorded response", () => {
    const recorded = readdirSync(DIR).filter((f) => f.endsWith(".json"));
    expect(recorded.sort()).toEqual([...Object.keys(SCHEMAS), "room_reports_unrecognized.json"].sort());
  });

  it.each(Object.entries(SCHEMAS))("%s parses", (name, schema) => {
    expect(schema.safeParse(fixture(name)).error?.issues).toBeUndefined();
  });

  it("turns SQLite's 0/1 columns into booleans", () => {
    const raw = fixture("media_info.json") as { media_info: Record<string, unknown> };
    expect([raw.media_info.authenticated, raw.media_info.safe_from_quarantine]).toEqual([1, 0]);
    const { media_info: info } = ZMediaInfo.parse(raw);
    expect([info.authenticated, info.safe_from_quarantine]).toEqual([true, false]);
    const changes = ZQuarantineChangePage.parse(fixture("quarantine_changes.json")).changes;
    expect(changes.every((c) => typeof c.quarantined === "boolean")).toBe(true);
  });

  it("recognises the missing room-report admin API", () => {
    const text = JSON.stringify(fixture("room_reports_unrecognized.json"));
    const error = apiErrorFromResponse("GET", "/_synapse/admin/v1/room_reports", 404, new Headers(), text);
    expect(isUnrecognizedEndpoint(error)).toBe(true);
  });
});
