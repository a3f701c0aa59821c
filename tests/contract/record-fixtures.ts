/**
 * Records raw responses from a real Synapse into lib/synapse/__fixtures__/peer/, so the schema unit tests cover
 * shapes beyond the hand-recorded set (notably SQLite's 0/1 booleans). Run against the test peer:
 *
 *   npx tsx tests/contract/record-fixtures.ts && npx prettier --write lib/synapse/__fixtures__/peer
 *
 * It creates its own users and rooms like the contract tests do. Bodies are stored as received (raw fetch, no
 * schema); they hold no tokens, only ids of throwaway test accounts.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import sharp from "sharp";

import { createSynapse, parseMxc, synapsePath, type EncodedPath } from "@/lib/synapse";

import { registerUser } from "./matrix-user";
import { pollUntil } from "./poll";
import { resolveSynapseConnection, type ContractTarget } from "./target";

const OUT = path.join(process.cwd(), "lib/synapse/__fixtures__/peer");

async function main(): Promise<void> {
  const { url, adminToken } = resolveSynapseConnection(process.cwd());
  const admin = createSynapse({ baseUrl: url, accessToken: adminToken });
  const adminId = (await admin.server.whoami()).user_id;
  const target: ContractTarget = {
    name: "synapse",
    url,
    adminToken,
    serverName: adminId.slice(adminId.indexOf(":") + 1),
  };

  const record = async (name: string, p: EncodedPath, query = "") => {
    const res = await fetch(`${url}${p}${query}`, { headers: { authorization: `Bearer ${adminToken}` } });
    const body: unknown = await res.json();
    writeFileSync(path.join(OUT, `${name}.json`), `${JSON.stringify(body, null, 2)}\n`);
    console.log(`${res.status} ${name}`);
  };

  mkdirSync(OUT, { recursive: true });
  const [alice, bob] = await Promise.all([
    registerUser(admin, target, "fixture-a"),
    registerUser(admin, target, "fixture-b"),
  ]);
  const room = await alice.createRoom({ name: "fixture room" });
  await bob.join(room);
  const first = await alice.sendText(room, "hello");
  await bob.sendText(room, "spam");
  await alice.sendText(room, "bye");
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#808080" } })
    .png()
    .toBuffer();
  const mxc = await bob.upload(new Uint8Array(png), "image/png", "fixture.png");
  const media = parseMxc(mxc)!;
  await bob.send(room, { msgtype: "m.image", body: "fixture.png", url: mxc });
  await admin.media.quarantine(media.serverName, media.mediaId);
  const changesFrom = Math.max(0, (await admin.media.listQuarantineChanges()).next_batch - 2);

  await record("media_info", synapsePath`/_synapse/admin/v1/media/${media.serverName}/${media.mediaId}`);
  await record(
    "quarantine_changes",
    synapsePath`/_synapse/admin/v1/media/quarantine_changes`,
    `?from=${changesFrom}`,
  );
  await record("user_media", synapsePath`/_synapse/admin/v1/users/${bob.userId}/media`);
  await record("room_media", synapsePath`/_synapse/admin/v1/room/${room}/media`);
  await record("room_details", synapsePath`/_synapse/admin/v1/rooms/${room}`);
  await record("room_members", synapsePath`/_synapse/admin/v1/rooms/${room}/members`);
  await record("room_state", synapsePath`/_synapse/admin/v1/rooms/${room}/state`);
  await record("room_messages", synapsePath`/_synapse/admin/v1/rooms/${room}/messages`, "?dir=b&limit=3");
  await record("event_context", synapsePath`/_synapse/admin/v1/rooms/${room}/context/${first}`, "?limit=2");
  await record("fetch_event", synapsePath`/_synapse/admin/v1/fetch_event/${first}`);
  await record("whois", synapsePath`/_synapse/admin/v1/whois/${bob.userId}`);
  await record("joined_rooms", synapsePath`/_synapse/admin/v1/users/${bob.userId}/joined_rooms`);
  await record("memberships", synapsePath`/_synapse/admin/v1/users/${bob.userId}/memberships`);
  await record("whoami", synapsePath`/_matrix/client/v3/account/whoami`);
  await record("directory_visibility", synapsePath`/_matrix/client/v3/directory/list/room/${room}`);
  await record("room_reports_unrecognized", synapsePath`/_synapse/admin/v1/room_reports`);
  await admin.rooms.setBlocked(room, true);
  await record("room_block", synapsePath`/_synapse/admin/v1/rooms/${room}/block`);
  const deleteId = await admin.rooms.deleteRoom(room, { purge: true });
  await pollUntil(
    "delete",
    () => admin.rooms.getDeleteStatus(deleteId),
    (t) => t.status === "complete",
  );
  await record("delete_status", synapsePath`/_synapse/admin/v2/rooms/delete_status/${deleteId}`);
  await record("room_delete_statuses", synapsePath`/_synapse/admin/v2/rooms/${room}/delete_status`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
