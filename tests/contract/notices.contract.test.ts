/** Server notices: the channel for a statement of reasons, including to a suspended user. */
import { randomBytes } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { adminClient, registerUser, type MatrixUser } from "./matrix-user";
import { contractTarget } from "./target";

const target = contractTarget();
const admin = adminClient(target);
let user: MatrixUser;

beforeAll(async () => {
  user = await registerUser(admin, target, "notified");
});

/** Where the notice landed, as the recipient sees it. */
async function receivedBy(recipient: MatrixUser, eventId: string) {
  const { room_id: roomId } = await admin.rooms.fetchEvent(eventId);
  const event = await recipient.getEvent(roomId, eventId);
  return {
    roomId,
    event,
    joined: (await recipient.joinedRooms()).includes(roomId),
    tags: await recipient.roomTags(roomId),
  };
}

describe("server notices", () => {
  it("arrive in the user's server-notices room", async () => {
    const eventId = await admin.notices.sendServerNotice({
      userId: user.userId,
      content: { msgtype: "m.text", body: "Your message was removed. Appeal: https://example.org/appeal" },
    });
    const seen = await receivedBy(user, eventId);
    expect(seen.event).toMatchObject({
      type: "m.room.message",
      content: { body: "Your message was removed. Appeal: https://example.org/appeal" },
    });
    expect(seen.joined).toBe(true); // server_notices.auto_join on the test peer
    expect(seen.tags).toHaveProperty("m.server_notice");
  });

  it("are idempotent per transaction id", async () => {
    const txnId = `ct-${randomBytes(6).toString("hex")}`;
    const notice = { userId: user.userId, content: { msgtype: "m.text", body: "only once" }, txnId };
    const first = await admin.notices.sendServerNotice(notice);
    await expect(admin.notices.sendServerNotice(notice)).resolves.toBe(first);
  });

  it("reach a suspended user", async () => {
    const suspended = await registerUser(admin, target, "suspended");
    await admin.users.suspend(suspended.userId);
    const eventId = await admin.notices.sendServerNotice({
      userId: suspended.userId,
      content: { msgtype: "m.text", body: "You are suspended." },
    });
    expect((await receivedBy(suspended, eventId)).event.content).toMatchObject({
      body: "You are suspended.",
    });
    await admin.users.unsuspend(suspended.userId);
  });

  it("answer 404 M_NOT_FOUND for an unknown user", async () => {
    await expect(
      admin.notices.sendServerNotice({
        userId: `@nobody-${Date.now()}:${target.serverName}`,
        content: { msgtype: "m.text", body: "?" },
      }),
    ).rejects.toMatchObject({ status: 404, errcode: "M_NOT_FOUND" });
  });
});
