import { describe, expect, it } from "vitest";

import type { TCaseEnrichment } from "@/lib/intake/enrichment-schema";

import { planEvidence } from "./plan-evidence";

const event = { kind: "EVENT", key: "$e", roomId: "!r:x" };
const enrichment = {
  event: { eventId: "$e", roomId: "!r:x", sender: "@s:x" },
  media: [{ mxc: "mxc://x/in-event" }],
} as unknown as TCaseEnrichment;

describe("planEvidence", () => {
  it("captures nothing when no action is destructive", () => {
    const plan = planEvidence(event, enrichment, [{ kind: "SUSPEND_USER", userId: "@s:x" }]);
    expect(plan).toEqual({ events: [], media: [], userMedia: [], roomMedia: [], rooms: [] });
  });

  it("captures the reported event and hashes its files, keeping bytes only of files being quarantined or deleted", () => {
    const plan = planEvidence(event, enrichment, [
      { kind: "REDACT_USER_EVENTS", userId: "@s:x", rooms: [] },
      { kind: "DELETE_MEDIA", mxc: "mxc://x/other" },
    ]);
    expect(plan.events).toEqual([{ eventId: "$e", roomId: "!r:x" }]);
    // Kept files first, so the byte budget goes to them.
    expect(plan.media).toEqual([
      { mxc: "mxc://x/other", keepBytes: true },
      { mxc: "mxc://x/in-event", keepBytes: false },
    ]);
  });

  it("keeps the reported files when their uploader's or room's media is quarantined wholesale", () => {
    const plan = planEvidence(event, enrichment, [{ kind: "QUARANTINE_USER_MEDIA", userId: "@s:x" }]);
    expect(plan.userMedia).toEqual(["@s:x"]);
    expect(plan.media).toEqual([{ mxc: "mxc://x/in-event", keepBytes: true }]);
  });

  it("snapshots rooms being blocked or deleted once, remembering a deletion", () => {
    const plan = planEvidence({ kind: "ROOM", key: "!r:x", roomId: null }, null, [
      { kind: "BLOCK_ROOM", roomId: "!r:x" },
      { kind: "DELETE_ROOM", roomId: "!r:x", purge: true, block: true },
      { kind: "QUARANTINE_ROOM_MEDIA", roomId: "!r:x" },
    ]);
    expect(plan.rooms).toEqual([{ roomId: "!r:x", deleting: true }]);
    expect(plan.roomMedia).toEqual(["!r:x"]);
    expect(plan.events).toEqual([]);
  });
});
