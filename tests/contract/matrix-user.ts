/**
 * Test users that create their own state through the client-server API, as real people would: rooms, messages,
 * media, reports. Each test file registers fresh users with unique names, so files do not depend on each other or on
 * what an earlier run left on the server.
 *
 * Users are created with `PUT /_synapse/admin/v2/users/<mxid>` (create-or-modify with a password) and then log in:
 * unlike shared-secret registration it needs only the admin token, so it works against any Synapse and the simulator.
 * Requests go through SynapseClient with the user's own token, so failures arrive as SynapseApiError with errcode.
 */
import { randomBytes } from "node:crypto";

import { z } from "zod";

import { loginWithPassword } from "@/lib/matrix/password-login";
import { createSynapse, synapsePath, ZEmpty, type Synapse } from "@/lib/synapse";

import type { ContractTarget } from "./target";

const ZEventId = z.looseObject({ event_id: z.string() });
const ZRoomId = z.looseObject({ room_id: z.string() });
const ZContentUri = z.looseObject({ content_uri: z.string() });
const ZClientEvent = z.looseObject({
  event_id: z.string(),
  type: z.string(),
  sender: z.string(),
  content: z.record(z.string(), z.unknown()),
  unsigned: z.record(z.string(), z.unknown()).optional(),
});
const ZMessages = z.looseObject({ chunk: z.array(ZClientEvent) });
const ZJoinedRooms = z.looseObject({ joined_rooms: z.array(z.string()) });
const ZTags = z.looseObject({ tags: z.record(z.string(), z.unknown()) });
const ZDevices = z.looseObject({ devices: z.array(z.looseObject({ device_id: z.string() })) });

let txnCounter = 0;

/** Lower-case, unique per run and per call: Matrix localparts allow [a-z0-9._=/+-]. */
export function uniqueLocalpart(label: string): string {
  return `ct-${label}-${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
}

export function adminClient(target: ContractTarget): Synapse {
  return createSynapse({
    baseUrl: target.url,
    accessToken: target.adminToken,
    timeoutMs: 20_000,
    maxRetries: 1,
  });
}

export class MatrixUser {
  /** The same client library the console uses, acting with this user's token. */
  readonly as: Synapse;

  constructor(
    readonly userId: string,
    readonly password: string,
    readonly accessToken: string,
    target: ContractTarget,
  ) {
    this.as = createSynapse({ baseUrl: target.url, accessToken, timeoutMs: 20_000, maxRetries: 0 });
  }

  private get http() {
    return this.as.http;
  }

  async createRoom(
    options: { name?: string; invite?: string[]; preset?: "private_chat" | "public_chat" } = {},
  ): Promise<string> {
    const body = { name: options.name, invite: options.invite, preset: options.preset ?? "public_chat" };
    return (
      await this.http.request({
        method: "POST",
        path: synapsePath`/_matrix/client/v3/createRoom`,
        body,
        outputSchema: ZRoomId,
      })
    ).room_id;
  }

  async join(roomId: string): Promise<void> {
    await this.http.request({
      method: "POST",
      path: synapsePath`/_matrix/client/v3/join/${roomId}`,
      body: {},
      outputSchema: ZRoomId,
    });
  }

  async leave(roomId: string): Promise<void> {
    await this.http.request({
      method: "POST",
      path: synapsePath`/_matrix/client/v3/rooms/${roomId}/leave`,
      body: {},
      outputSchema: ZEmpty,
    });
  }

  async send(roomId: string, content: Record<string, unknown>, type = "m.room.message"): Promise<string> {
    const txnId = `ct${Date.now()}-${++txnCounter}`;
    return (
      await this.http.request({
        method: "PUT",
        path: synapsePath`/_matrix/client/v3/rooms/${roomId}/send/${type}/${txnId}`,
        body: content,
        outputSchema: ZEventId,
      })
    ).event_id;
  }

  sendText(roomId: string, body: string): Promise<string> {
    return this.send(roomId, { msgtype: "m.text", body });
  }

  getEvent(roomId: string, eventId: string) {
    return this.http.request({
      method: "GET",
      path: synapsePath`/_matrix/client/v3/rooms/${roomId}/event/${eventId}`,
      outputSchema: ZClientEvent,
    });
  }

  async recentMessages(roomId: string, limit = 20) {
    const query = { dir: "b", limit };
    return (
      await this.http.request({
        method: "GET",
        path: synapsePath`/_matrix/client/v3/rooms/${roomId}/messages`,
        query,
        outputSchema: ZMessages,
      })
    ).chunk;
  }

  async joinedRooms(): Promise<string[]> {
    return (
      await this.http.request({
        method: "GET",
        path: synapsePath`/_matrix/client/v3/joined_rooms`,
        outputSchema: ZJoinedRooms,
      })
    ).joined_rooms;
  }

  async deviceIds(): Promise<string[]> {
    const { devices } = await this.http.request({
      method: "GET",
      path: synapsePath`/_matrix/client/v3/devices`,
      outputSchema: ZDevices,
    });
    return devices.map((d) => d.device_id);
  }

  async roomTags(roomId: string): Promise<Record<string, unknown>> {
    const path = synapsePath`/_matrix/client/v3/user/${this.userId}/rooms/${roomId}/tags`;
    return (await this.http.request({ method: "GET", path, outputSchema: ZTags })).tags;
  }

  // POST /_matrix/client/v3/rooms/{roomId}/report/{eventId}
  async reportEvent(roomId: string, eventId: string, reason?: string, score?: number): Promise<void> {
    const path = synapsePath`/_matrix/client/v3/rooms/${roomId}/report/${eventId}`;
    await this.http.request({ method: "POST", path, body: { reason, score }, outputSchema: ZEmpty });
  }

  // POST /_matrix/client/v3/users/{userId}/report
  async reportUser(userId: string, reason: string): Promise<void> {
    await this.http.request({
      method: "POST",
      path: synapsePath`/_matrix/client/v3/users/${userId}/report`,
      body: { reason },
      outputSchema: ZEmpty,
    });
  }

  // POST /_matrix/client/v3/rooms/{roomId}/report
  async reportRoom(roomId: string, reason: string): Promise<void> {
    await this.http.request({
      method: "POST",
      path: synapsePath`/_matrix/client/v3/rooms/${roomId}/report`,
      body: { reason },
      outputSchema: ZEmpty,
    });
  }

  /** POST /_matrix/media/v3/upload (authenticated media changed downloads only; uploads stay here). Returns the mxc URI. */
  async upload(bytes: Uint8Array<ArrayBuffer>, contentType: string, filename: string): Promise<string> {
    const url = `${this.http.baseUrl}/_matrix/media/v3/upload?filename=${encodeURIComponent(filename)}`;
    const res = await fetch(url, {
      method: "POST",
      headers: { authorization: `Bearer ${this.accessToken}`, "content-type": contentType },
      body: bytes,
    });
    if (!res.ok) throw new Error(`upload failed: HTTP ${res.status} ${await res.text()}`);
    return ZContentUri.parse(await res.json()).content_uri;
  }
}

/** Registers a fresh user (never an admin) and logs them in. */
export async function registerUser(
  admin: Synapse,
  target: ContractTarget,
  label: string,
): Promise<MatrixUser> {
  const localpart = uniqueLocalpart(label);
  const userId = `@${localpart}:${target.serverName}`;
  const password = `pw-${randomBytes(9).toString("hex")}`;
  // PUT /_synapse/admin/v2/users/<user_id>: creates the account (201) when it does not exist.
  await admin.http.request({
    method: "PUT",
    path: synapsePath`/_synapse/admin/v2/users/${userId}`,
    body: { password, displayname: label, admin: false },
    idempotent: true,
    outputSchema: ZEmpty,
  });
  const login = await loginWithPassword({
    baseUrl: target.url,
    user: userId,
    password,
    deviceName: "contract test",
  });
  if (!login.ok)
    throw new Error(`login of fresh user ${userId} failed: ${login.reason} ${login.errcode ?? ""}`);
  return new MatrixUser(login.userId, password, login.accessToken, target);
}
