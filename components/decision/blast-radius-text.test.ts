import { describe, expect, it } from "vitest";

import type { BlastRadius, UserRadius } from "@/lib/blast-radius/types";

import {
  bytesText,
  hasDestructive,
  lostAdminRooms,
  radiusCaveats,
  radiusSentence,
} from "./blast-radius-text";

const user = (patch: Partial<UserRadius> = {}): UserRadius => ({
  userId: "@mallory:example.org",
  actionKinds: ["REDACT_USER_EVENTS"],
  joinedRooms: 2,
  leftRooms: 0,
  media: { count: { value: 0, exact: true }, totalBytes: { value: 0, exact: true } },
  eventsToRedact: { value: 14, exact: true },
  soleAdminRooms: [],
  roomsScanned: 2,
  partial: false,
  notes: [],
  ...patch,
});

const radius = (patch: Partial<BlastRadius> = {}): BlastRadius => ({
  totals: {
    rooms: { value: 2, exact: true },
    events: { value: 14, exact: true },
    mediaItems: { value: 0, exact: true },
    mediaBytes: { value: 0, exact: true },
  },
  users: [user()],
  rooms: [],
  media: [],
  partial: false,
  generatedAt: "2026-05-01T10:00:00.000Z",
  ...patch,
});

describe("blast radius wording", () => {
  it("previews only destructive actions", () => {
    expect(hasDestructive([{ kind: "SUSPEND_USER" }])).toBe(false);
    expect(hasDestructive([{ kind: "SUSPEND_USER" }, { kind: "REDACT_USER_EVENTS" }])).toBe(true);
    expect(hasDestructive([{ kind: "BLOCK_ROOM" }])).toBe(true);
  });

  it("states exact counts plainly and inexact ones as a lower bound", () => {
    expect(radiusSentence(radius())).toBe("This will touch 2 rooms, 14 events, 0 media items.");
    const inexact = radius({
      totals: {
        rooms: { value: 1, exact: false },
        events: { value: 30, exact: false },
        mediaItems: { value: 3, exact: true },
        mediaBytes: { value: 3 * 1024 * 1024, exact: true },
      },
    });
    expect(radiusSentence(inexact)).toBe(
      "This will touch at least 1 room, at least 30 events, 3 media items (3.0 MB).",
    );
  });

  it("says unknown rather than zero", () => {
    const r = radius({
      totals: {
        rooms: { value: 2, exact: true },
        events: { unknown: "Synapse did not list the user's messages." },
        mediaItems: { value: 4, exact: false },
        mediaBytes: { value: 0, exact: false },
      },
    });
    expect(radiusSentence(r)).toBe(
      "This will touch 2 rooms, an unknown number of events, at least 4 media items (size unknown).",
    );
    expect(radiusCaveats(r)[0]).toBe("Messages: Synapse did not list the user's messages.");
    expect(bytesText({ value: 2048, exact: false })).toBe("at least 2 KB");
  });

  it("leaves events out when nothing is redacted, and lists rooms losing their last admin once", () => {
    const room = { roomId: "!garden:example.org", name: "Garden" };
    const r = radius({
      users: [
        user({ eventsToRedact: null, soleAdminRooms: [room] }),
        user({ userId: "@b:example.org", eventsToRedact: null, soleAdminRooms: [room] }),
      ],
    });
    expect(radiusSentence(r)).toBe("This will touch 2 rooms, 0 media items.");
    expect(lostAdminRooms(r)).toEqual([{ ...room, userId: "@mallory:example.org" }]);
  });
});
