import { describe, expect, it } from "vitest";

import { summarize } from "./summarize";
import { groupTargets } from "./targets";
import type { MediaRadius, RoomRadius, UserRadius } from "./types";

const user = (over: Partial<UserRadius>): UserRadius => ({
  userId: "@u:x",
  actionKinds: ["DEACTIVATE_USER"],
  joinedRooms: 2,
  leftRooms: 1,
  media: { count: { value: 3, exact: true }, totalBytes: { value: 300, exact: true } },
  eventsToRedact: null,
  soleAdminRooms: [],
  roomsScanned: 2,
  partial: false,
  notes: [],
  ...over,
});
const room: RoomRadius = {
  roomId: "!r:x",
  actionKinds: ["DELETE_ROOM"],
  name: null,
  members: 5,
  localMembers: 2,
  media: { local: 2, remote: 1 },
  public: true,
  notes: [],
};
const file: MediaRadius = {
  mxc: "mxc://x/a",
  actionKinds: ["DELETE_MEDIA"],
  size: 10,
  mediaType: "image/png",
  sha256: null,
  quarantined: false,
  notes: [],
};

describe("blast radius totals", () => {
  it("adds media of wholesale quarantines and single files; room media bytes are not known", () => {
    const totals = summarize(
      [user({ actionKinds: ["QUARANTINE_USER_MEDIA"] })],
      [room],
      [file],
      new Set(["!a", "!b", "!r:x"]),
    );
    expect(totals.rooms).toEqual({ value: 3, exact: true });
    expect(totals.mediaItems).toEqual({ value: 3 + 3 + 1, exact: true });
    expect(totals.mediaBytes).toEqual({ value: 310, exact: false });
    expect(totals.events).toEqual({ value: 0, exact: true });
  });

  it("makes events unknown when one part is unknown, and a lower bound when one part is", () => {
    const unknown = summarize(
      [user({ eventsToRedact: { unknown: "no" } }), user({ eventsToRedact: { value: 4, exact: true } })],
      [],
      [],
      new Set(),
    );
    expect(unknown.events).toEqual({ unknown: "no" });
    const atLeast = summarize(
      [
        user({ eventsToRedact: { value: 4, exact: false } }),
        user({ eventsToRedact: { value: 2, exact: true } }),
      ],
      [],
      [],
      new Set(),
    );
    expect(atLeast.events).toEqual({ value: 6, exact: false });
  });

  it("says the room total is a lower bound when Synapse could not list departed rooms", () => {
    expect(summarize([user({ leftRooms: null })], [], [], new Set(["!a"])).rooms).toEqual({
      value: 1,
      exact: false,
    });
  });

  it("groups actions by target and leaves out reversing actions and notices", () => {
    const t = groupTargets([
      { kind: "SUSPEND_USER", userId: "@u:x" },
      { kind: "DEACTIVATE_USER", userId: "@u:x", erase: false },
      { kind: "UNSUSPEND_USER", userId: "@v:x" },
      { kind: "SEND_SERVER_NOTICE", userId: "@w:x", body: "hi" },
      { kind: "BLOCK_ROOM", roomId: "!r:x" },
      { kind: "QUARANTINE_MEDIA", mxc: "mxc://x/a" },
    ]);
    expect([...t.users.keys()]).toEqual(["@u:x"]);
    expect(t.users.get("@u:x")?.map((a) => a.kind)).toEqual(["SUSPEND_USER", "DEACTIVATE_USER"]);
    expect([...t.rooms.keys()]).toEqual(["!r:x"]);
    expect([...t.media.keys()]).toEqual(["mxc://x/a"]);
  });
});
