import { describe, expect, it } from "vitest";

import type { SimState } from "../state/state";
import { buildScenario, type Scenario } from "./build";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { HARMS } from "./harms";

const NOW = Date.UTC(2026, 5, 1, 12, 0, 0);

const build = (scenario: Scenario, seed = 1) =>
  buildScenario({
    scenario,
    seed,
    serverName: "demo.test",
    now: NOW,
    likeCaseInsensitive: true,
    jobDelayMs: 10,
  });

/** Everything a scenario generated, in a form two builds can be compared by. */
function snapshot(state: SimState) {
  return {
    users: state.users
      .all()
      .map((u) => [
        u.userId,
        u.displayname,
        u.admin,
        u.suspended,
        u.shadowBanned,
        u.deactivated,
        u.creationTs,
      ]),
    rooms: state.rooms.all().map((r) => ({
      id: r.roomId,
      events: r.timeline.map((e) => [
        e.eventId,
        e.type,
        e.sender,
        e.originServerTs,
        JSON.stringify(e.content),
        e.redactedBy,
        e.softFailed,
      ]),
    })),
    eventReports: state.eventReports
      .storedReports()
      .map((r) => [r.id, r.receivedTs, r.eventId, r.userId, JSON.stringify(r.content)]),
    userReports: state.userReports.rows.map((r) => [r.id, r.targetUserId, r.reason]),
    roomReports: state.roomReports.rows.map((r) => [r.id, r.roomId, r.reason]),
  };
}

describe("scenario generator", () => {
  it("is deterministic: same seed and clock anchor, same homeserver (ids, texts, times, media bytes)", async () => {
    const [a, b] = await Promise.all([build("demo", 5), build("demo", 5)]);
    expect(snapshot(a.state)).toEqual(snapshot(b.state));
    expect(a.flagged).toEqual(b.flagged);
    const hashes = (s: SimState) =>
      s.users
        .all()
        .flatMap((u) => s.media.byUser(u.userId).map((m) => `${m.mediaId}:${m.sha256}`))
        .sort();
    expect(hashes(a.state)).toEqual(hashes(b.state));
    const other = await build("demo", 6);
    expect(snapshot(other.state)).not.toEqual(snapshot(a.state));
  });

  it("demo: reviewer accounts, a few dozen people, ~15 named rooms, every kind of report across the taxonomy", async () => {
    const { state, logins, flagged } = await build("demo");
    for (const account of DEMO_ACCOUNTS) {
      const user = state.users.get(`@${account.username}:demo.test`);
      expect(user?.password).toBe(DEMO_PASSWORD);
      expect(user?.admin).toBe(account.serverAdmin);
    }
    expect(logins.find((l) => l.admin)?.mxid).toBe("@admin:demo.test");
    expect(state.users.size).toBeGreaterThanOrEqual(30);
    const named = state.rooms.all().filter((r) => r.state.has("m.room.name\u0000"));
    expect(named.length).toBeGreaterThanOrEqual(15);
    expect(state.rooms.all().some((r) => r.published)).toBe(true);
    expect(state.rooms.all().some((r) => !r.published && r.localAliases.length > 0)).toBe(true);

    const reports = state.eventReports.storedReports();
    expect(reports.length).toBeGreaterThan(60);
    expect(state.userReports.rows.length).toBeGreaterThan(10);
    expect(state.roomReports.rows.length).toBeGreaterThan(5);
    // Every harm in the taxonomy appears as reported content, with reasons drawn from its category.
    const bodies = new Set(reports.map((r) => JSON.stringify(state.eventById(r.eventId)?.content.body)));
    expect(bodies.size).toBeGreaterThan(20);
    expect(HARMS.length).toBeGreaterThan(35);
    // Reports are spread over the past weeks and never in the future; ids are not 1-based and have holes.
    const times = reports.map((r) => r.receivedTs);
    expect(Math.min(...times)).toBeLessThan(NOW - 14 * 86_400_000);
    expect(Math.max(...times)).toBeLessThanOrEqual(NOW);
    const ids = reports.map((r) => r.id).sort((x, y) => x - y);
    expect(ids[0]).toBeGreaterThan(1);
    expect((ids.at(-1) ?? 0) - (ids[0] ?? 0) + 1).toBeGreaterThan(ids.length);

    const spammy = state.rooms
      .all()
      .flatMap((r) => r.timeline)
      .filter((e) => e.policyServerSpammy);
    expect(spammy.length).toBeGreaterThan(5);
    expect(spammy.every((e) => e.softFailed && !state.users.isLocal(e.sender))).toBe(true);
    expect(flagged.filter((f) => !f.stored).length).toBeGreaterThan(0);
    expect(state.users.all().filter((u) => u.suspended || u.shadowBanned || u.deactivated).length).toBe(3);
    expect(
      state.users
        .all()
        .flatMap((u) => state.media.byUser(u.userId))
        .some((m) => m.quarantinedBy !== null),
    ).toBe(true);
  });

  it("hostile: script in names, topics, bodies and reasons; a 1 MiB reason; wrong JSON types; a report on a missing event; a nameless room", async () => {
    const { state } = await build("hostile");
    const reports = state.eventReports.storedReports();
    const reasons = reports.map((r) => r.content.reason);
    expect(reasons.some((r) => typeof r === "string" && r.length >= 1024 * 1024)).toBe(true);
    expect(reasons.some((r) => typeof r === "number")).toBe(true);
    expect(reasons.some((r) => typeof r === "string" && r.includes("<script>"))).toBe(true);
    expect(reports.some((r) => state.eventById(r.eventId) === undefined && state.rooms.get(r.roomId))).toBe(
      true,
    );
    expect(state.users.all().some((u) => u.displayname?.includes("onerror"))).toBe(true);
    expect(state.users.all().some((u) => /\u202E/.test(u.displayname ?? ""))).toBe(true);
    const rooms = state.rooms.all();
    expect(
      rooms.some((r) =>
        JSON.stringify(r.state.get("m.room.name\u0000")?.content.name ?? null).includes("<script>"),
      ),
    ).toBe(true);
    expect(rooms.some((r) => !r.state.has("m.room.name\u0000") && r.noticesFor === null)).toBe(true);
    const contents = rooms.flatMap((r) => r.timeline).map((e) => e.content);
    expect(contents.some((c) => typeof c.body === "number")).toBe(true);
    expect(
      contents.some((c) => typeof c.formatted_body === "string" && c.formatted_body.includes("javascript:")),
    ).toBe(true);
    expect(
      contents.some((c) => typeof c.body === "string" && /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(c.body)),
    ).toBe(true);
    const svg = state.users
      .all()
      .flatMap((u) => state.media.byUser(u.userId))
      .find((m) => m.mediaType === "image/svg+xml");
    expect(svg?.bytes.toString()).toContain("<script>");
  });

  it("empty: only the admin", async () => {
    const { state, logins } = await build("empty");
    expect(state.users.all().map((u) => u.userId)).toEqual(["@admin:demo.test"]);
    expect(logins).toEqual([{ mxid: "@admin:demo.test", password: DEMO_PASSWORD, admin: true }]);
    expect(state.eventReports.total).toBe(0);
  });
});
