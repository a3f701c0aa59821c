/** Authentication, authorisation and error bodies every admin endpoint shares (contract §0), plus server discovery. */
import { beforeAll, describe, expect, it } from "vitest";

import {
  createSynapse,
  isSynapseApiError,
  SynapseAdminAccessError,
  synapsePath,
  ZEmpty,
  type SynapseApiError,
} from "@/lib/synapse";

import { loginWithPassword, logout } from "@/lib/matrix/password-login";

import { adminClient, registerUser, type MatrixUser } from "./matrix-user";
import { contractTarget } from "./target";

const target = contractTarget();
const admin = adminClient(target);
let user: MatrixUser;

beforeAll(async () => {
  user = await registerUser(admin, target, "server");
});

async function failure(promise: Promise<unknown>): Promise<SynapseApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isSynapseApiError(error)) throw new Error(`expected a SynapseApiError, got ${String(error)}`);
  return error;
}

describe("authentication and authorisation", () => {
  it("401 M_MISSING_TOKEN without a token", async () => {
    const error = await failure(
      admin.http.request({
        method: "GET",
        path: synapsePath`/_synapse/admin/v1/event_reports`,
        auth: false,
        outputSchema: ZEmpty,
      }),
    );
    expect(error).toMatchObject({ status: 401, errcode: "M_MISSING_TOKEN" });
  });

  it("401 M_UNKNOWN_TOKEN (with soft_logout) for a token the server does not know", async () => {
    const stranger = createSynapse(admin.http.withAccessToken("syt_not_a_real_token_at_all"));
    const error = await failure(stranger.reports.listEventReports({ limit: 1 }));
    expect(error).toMatchObject({ status: 401, errcode: "M_UNKNOWN_TOKEN" });
    expect(error.body).toHaveProperty("soft_logout", false);
    await expect(stranger.server.assertAdmin()).rejects.toThrow(
      /rejected the console's access token \(M_UNKNOWN_TOKEN\)/,
    );
  });

  it("403 M_FORBIDDEN 'You are not a server admin' for an ordinary user's token", async () => {
    const error = await failure(user.as.reports.listEventReports({ limit: 1 }));
    expect(error).toMatchObject({ status: 403, errcode: "M_FORBIDDEN", error: "You are not a server admin" });
    const refused = await user.as.server.assertAdmin().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SynapseAdminAccessError);
    expect((refused as Error).message).toContain(`${user.userId}, who is not a server admin`);
  });

  it("the admin token passes assertAdmin and whoami", async () => {
    const { userId } = await admin.server.assertAdmin();
    expect(userId.endsWith(`:${target.serverName}`)).toBe(true);
    await expect(admin.server.whoami()).resolves.toMatchObject({ user_id: userId });
    await expect(user.as.server.whoami()).resolves.toMatchObject({ user_id: user.userId, is_guest: false });
  });
});

describe("reviewer sign-in (lib/matrix)", () => {
  it("logs in with the password, and logout ends the session and its device", async () => {
    const session = await loginWithPassword({
      baseUrl: target.url,
      user: user.userId,
      password: user.password,
      deviceName: "sign-in check",
    });
    if (!session.ok) throw new Error(`login failed: ${session.reason}`);
    expect(session.userId).toBe(user.userId);
    expect(await user.deviceIds()).toContain(session.deviceId);
    await logout({ baseUrl: target.url, accessToken: session.accessToken });
    const stale = createSynapse(admin.http.withAccessToken(session.accessToken));
    await expect(stale.server.whoami()).rejects.toMatchObject({ status: 401, errcode: "M_UNKNOWN_TOKEN" });
    expect(await user.deviceIds()).not.toContain(session.deviceId); // no device left behind
    await expect(logout({ baseUrl: target.url, accessToken: session.accessToken })).resolves.toBeUndefined();
  });

  it("a wrong password is 'invalid_credentials', a user that does not exist likewise", async () => {
    await expect(
      loginWithPassword({ baseUrl: target.url, user: user.userId, password: "wrong" }),
    ).resolves.toMatchObject({
      ok: false,
      reason: "invalid_credentials",
      errcode: "M_FORBIDDEN",
    });
    await expect(
      loginWithPassword({ baseUrl: target.url, user: `nobody-${Date.now()}`, password: "x" }),
    ).resolves.toMatchObject({
      ok: false,
      reason: "invalid_credentials",
    });
  });
});

describe("error bodies", () => {
  it("404 M_NOT_FOUND for an unknown user, report and room", async () => {
    expect(await failure(admin.users.getUser(`@nobody-${Date.now()}:${target.serverName}`))).toMatchObject({
      status: 404,
      errcode: "M_NOT_FOUND",
      error: "User not found",
    });
    expect(await failure(admin.reports.getEventReport(2_000_000_000))).toMatchObject({
      status: 404,
      errcode: "M_NOT_FOUND",
      error: "Event report not found",
    });
    expect(await failure(admin.rooms.getRoom(`!missing${Date.now()}:${target.serverName}`))).toMatchObject({
      status: 404,
      errcode: "M_NOT_FOUND",
    });
  });

  it("404 M_UNRECOGNIZED for a route the server does not have", async () => {
    const error = await failure(
      admin.http.request({
        method: "GET",
        path: synapsePath`/_synapse/admin/v1/no_such_endpoint`,
        outputSchema: ZEmpty,
      }),
    );
    expect(error).toMatchObject({ status: 404, errcode: "M_UNRECOGNIZED", error: "Unrecognized request" });
  });

  it("400 M_INVALID_PARAM for a bad dir", async () => {
    const error = await failure(
      admin.http.request({
        method: "GET",
        path: synapsePath`/_synapse/admin/v1/event_reports`,
        query: { dir: "sideways" },
        outputSchema: ZEmpty,
      }),
    );
    expect(error).toMatchObject({ status: 400, errcode: "M_INVALID_PARAM" });
  });
});

describe("discovery", () => {
  it("serves server_version without authentication", async () => {
    expect(await admin.server.serverVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("detects capabilities consistently with what the endpoints answer", async () => {
    const caps = await admin.detectCapabilities();
    expect(caps.endpoints).toMatchObject({
      userReports: true,
      quarantineChanges: true,
      mediaInfo: true,
      fetchEvent: true,
      memberships: true,
    });
    const roomReports = await admin.reports.listRoomReports({ limit: 1 });
    expect(roomReports.available).toBe(caps.endpoints.roomReports);
  });
});
