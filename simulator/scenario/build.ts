import { createEvent, createRoom, setMembership } from "../state/room-actions";
import { SimState } from "../state/state";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { buildDemo } from "./demo";
import { addHostile } from "./hostile";
import { Prng } from "./prng";
import { ScaleReports } from "./scale";
import { DAY, HOUR, type Built, type Login } from "./types";

export type Scenario = "empty" | "demo" | "hostile" | { scale: number };

export interface BuildOptions {
  scenario: Scenario;
  seed: number;
  serverName: string;
  /** Anchor for every generated timestamp. */
  now: number;
  likeCaseInsensitive: boolean;
  jobDelayMs: number;
  clock?: () => number;
}

export function describeScenario(s: Scenario): string {
  return typeof s === "string" ? s : `scale:${s.scale}`;
}

function adminOnly(state: SimState, now: number): Login[] {
  const admin = DEMO_ACCOUNTS.find((a) => a.serverAdmin);
  state.users.create({
    localpart: admin?.username ?? "admin",
    password: DEMO_PASSWORD,
    admin: true,
    displayname: admin?.displayName ?? "admin",
    creationTs: now - 30 * DAY,
  });
  return [{ mxid: state.users.userIdFor(admin?.username ?? "admin"), password: DEMO_PASSWORD, admin: true }];
}

const demoLogins = (state: SimState): Login[] => [
  ...DEMO_ACCOUNTS.map((a) => ({
    mxid: state.users.userIdFor(a.username),
    password: a.password,
    admin: a.serverAdmin,
  })),
  // Two ordinary members, to see the homeserver from a user's side (and to file reports).
  ...["alice", "bob"].map((l) => ({ mxid: state.users.userIdFor(l), password: DEMO_PASSWORD, admin: false })),
];

/**
 * `{ scale: N }`: a plain homeserver (the reviewer accounts, 200 members, 12 rooms with a little history) and N event
 * reports computed on demand. Nothing per report is held in memory.
 */
function buildScale(state: SimState, seed: number, now: number, count: number): Login[] {
  if (!Number.isInteger(count) || count < 0) throw new Error("scale must be a non-negative integer");
  const prng = Prng.derive(seed, "scale");
  for (const a of DEMO_ACCOUNTS)
    state.users.create({
      localpart: a.username,
      password: a.password,
      admin: a.serverAdmin,
      displayname: a.displayName,
      creationTs: now - 400 * DAY,
    });
  const members = Array.from(
    { length: 200 },
    (_, i) =>
      state.users.create({
        localpart: `member${String(i + 1).padStart(4, "0")}`,
        password: DEMO_PASSWORD,
        creationTs: now - prng.range(100, 500) * DAY,
      }).userId,
  );
  const spammers = Array.from(
    { length: 30 },
    (_, i) =>
      state.users.create({
        localpart: `spammer${String(i + 1).padStart(3, "0")}`,
        password: DEMO_PASSWORD,
        creationTs: now - prng.range(1, 90) * DAY,
      }).userId,
  );
  const admin = state.users.userIdFor("admin");
  const rooms = Array.from({ length: 12 }, (_, i) => {
    const room = createRoom(state, admin, {
      preset: "public_chat",
      publish: true,
      name: `Busy room ${i + 1}`,
      topic: "A large public room",
      aliasLocalpart: `busy-${i + 1}`,
      ts: now - 200 * DAY,
    });
    for (const u of prng.sample([...members, ...spammers], 60))
      setMembership(state, room, u, "join", u, now - 150 * DAY);
    for (let k = 0; k < 20; k++)
      createEvent(state, room, {
        type: "m.room.message",
        sender: prng.pick(members),
        ts: now - (20 - k) * HOUR,
        content: { msgtype: "m.text", body: `Message ${k + 1} in a busy room` },
      });
    return room.roomId;
  });
  state.attachLazyReports(
    new ScaleReports({
      seed,
      count,
      now,
      serverName: state.serverName,
      keyId: state.keyId,
      reporters: members,
      senders: [...spammers, "@spam-cannon:evil.example"],
      roomIds: rooms,
      baseId: 2 + prng.int(40),
    }),
  );
  return [
    ...DEMO_ACCOUNTS.map((a) => ({
      mxid: state.users.userIdFor(a.username),
      password: a.password,
      admin: a.serverAdmin,
    })),
  ];
}

/** Build the state for a scenario. Deterministic in (scenario, seed, serverName, now). */
export async function buildScenario(o: BuildOptions): Promise<Built> {
  const state = new SimState({
    serverName: o.serverName,
    seed: o.seed,
    likeCaseInsensitive: o.likeCaseInsensitive,
    jobDelayMs: o.jobDelayMs,
    ...(o.clock ? { clock: o.clock } : {}),
  });
  const adminUserId = state.users.userIdFor("admin");
  if (o.scenario === "empty") return { state, adminUserId, logins: adminOnly(state, o.now), flagged: [] };
  if (typeof o.scenario === "object")
    return { state, adminUserId, logins: buildScale(state, o.seed, o.now, o.scenario.scale), flagged: [] };
  const demo = await buildDemo(state, o.seed, o.now);
  const flagged = [...demo.flagged];
  if (o.scenario === "hostile") flagged.push(...addHostile(state, o.seed, o.now, demo));
  return { state, adminUserId, logins: demoLogins(state), flagged };
}
