import type { StoredEvent } from "../state/events";
import type { JsonObject } from "../state/json";
import { createEvent, createRoom, setMembership } from "../state/room-actions";
import type { Room } from "../state/rooms";
import type { SimState } from "../state/state";
import type { SimUser } from "../state/users";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { PEOPLE, REMOTE_PEOPLE, type Person } from "./corpus-people";
import { GENERAL_LINES, ROOM_SPECS, type RoomSpec } from "./corpus-rooms";
import { generateImage } from "./images";
import { Prng } from "./prng";
import { DAY, HOUR, MINUTE } from "./types";

export interface DemoRoom {
  spec: RoomSpec;
  room: Room;
  members: string[];
  regulars: string[];
}

export interface Population {
  admin: SimUser;
  people: Map<string, { person: Person; user: SimUser }>;
  rooms: DemoRoom[];
  /** A room federated with other servers and protected by a policy server. */
  federated: Room;
}

/** Accounts: the reviewers, the residents (all with the demo password, so anyone can log in as them to poke around). */
function createAccounts(state: SimState, prng: Prng, now: number): Population["people"] {
  for (const a of DEMO_ACCOUNTS) {
    state.users.create({
      localpart: a.username,
      password: a.password,
      admin: a.serverAdmin,
      displayname: a.displayName,
      creationTs: now - 400 * DAY + prng.int(DAY),
    });
  }
  const people = new Map<string, { person: Person; user: SimUser }>();
  for (const person of PEOPLE) {
    const age = person.kind === "regular" ? prng.range(30, 380) : prng.range(2, 25);
    const user = state.users.create({
      localpart: person.localpart,
      password: "demo-password",
      displayname: person.displayname,
      creationTs: now - age * DAY - prng.int(DAY),
      lastSeenTs: now - prng.int(3 * DAY),
    });
    people.set(user.userId, { person, user });
  }
  return people;
}

/** A message the abuse planner wants placed in a room's timeline, in time order with the chatter. */
export interface Planned {
  ts: number;
  sender: string;
  content: JsonObject;
  type?: string;
  softFailed?: boolean;
  onCreated?: (ev: StoredEvent) => void;
}

/** Everyday chatter over the past four weeks, with some pictures, merged in time order with `extra` messages. */
export async function writeTimeline(
  state: SimState,
  prng: Prng,
  images: Prng,
  r: DemoRoom,
  now: number,
  imageCounter: { n: number },
  extra: Planned[],
): Promise<void> {
  const count = prng.range(25, 45);
  const chatter = Array.from({ length: count }, () => ({
    ts: now - prng.int(28 * DAY) - 10 * MINUTE,
    sender: prng.pick(r.regulars),
    extra: null as Planned | null,
  }));
  const all = [...chatter, ...extra.map((e) => ({ ts: e.ts, sender: e.sender, extra: e }))].sort(
    (a, b) => a.ts - b.ts,
  );
  for (const item of all) {
    if (item.extra) {
      const p = item.extra;
      const ev = createEvent(state, r.room, {
        type: p.type ?? "m.room.message",
        sender: p.sender,
        ts: p.ts,
        content: p.content,
        ...(p.softFailed ? { softFailed: true, policyServerSpammy: true } : {}),
      });
      p.onCreated?.(ev);
    } else if (prng.chance(r.spec.imageShare)) {
      const img = await generateImage(images, imageCounter.n++);
      const item2 = state.media.add({
        origin: state.serverName,
        mediaId: state.ids.mediaId(),
        userId: item.sender,
        mediaType: img.mediaType,
        uploadName: img.fileName,
        createdTs: item.ts - 2000,
        lastAccessTs: item.ts,
        safeFromQuarantine: false,
        authenticated: true,
        bytes: img.bytes,
      });
      createEvent(state, r.room, {
        type: "m.room.message",
        sender: item.sender,
        ts: item.ts,
        content: {
          msgtype: "m.image",
          body: img.fileName,
          url: `mxc://${state.serverName}/${item2.mediaId}`,
          info: { mimetype: img.mediaType, size: item2.mediaLength, w: img.width, h: img.height },
        },
      });
    } else {
      const body = prng.chance(0.6) ? prng.pick(r.spec.lines) : prng.pick(GENERAL_LINES);
      createEvent(state, r.room, {
        type: "m.room.message",
        sender: item.sender,
        ts: item.ts,
        content: { msgtype: "m.text", body },
      });
    }
  }
}

export async function populate(state: SimState, seed: number, now: number): Promise<Population> {
  const prng = Prng.derive(seed, "demo-population");
  const people = createAccounts(state, prng, now);
  const admin = state.users.get(state.users.userIdFor("admin")) as SimUser;
  const regulars = [...people.values()].filter((p) => p.person.kind === "regular").map((p) => p.user.userId);
  const rooms: DemoRoom[] = [];

  for (const spec of ROOM_SPECS) {
    const created = now - prng.range(60, 90) * DAY;
    // Public rooms are set up by the admin (only admins may publish to the directory); private ones by a member.
    const creator = spec.public ? admin.userId : prng.pick(regulars);
    const room = createRoom(state, creator, {
      preset: spec.public ? "public_chat" : "private_chat",
      publish: spec.public,
      name: spec.name,
      topic: spec.topic,
      aliasLocalpart: spec.alias,
      ts: created,
      ...(spec.encrypted ? { encrypted: true } : {}),
    });
    const members = prng.sample(
      regulars.filter((u) => u !== creator),
      spec.size,
    );
    const troublemakers = spec.troublemakers.map((l) => state.users.userIdFor(l));
    let t = created + HOUR;
    for (const userId of [...members, ...troublemakers]) {
      t += prng.range(1, 40) * HOUR;
      const joinTs = Math.min(t, now - 29 * DAY);
      if (!spec.public) setMembership(state, room, userId, "invite", creator, joinTs - MINUTE);
      setMembership(state, room, userId, "join", userId, joinTs);
    }
    rooms.push({
      spec,
      room,
      members: [creator, ...members, ...troublemakers],
      regulars: [creator, ...members].filter((u) => u !== admin.userId),
    });
  }

  const federatedCreator = state.users.userIdFor("alice");
  const federated = createRoom(state, federatedCreator, {
    preset: "public_chat",
    name: "Matrix Lobby (federated)",
    topic: "A big public room shared with other homeservers, protected by a policy server.",
    aliasLocalpart: "lobby",
    ts: now - 70 * DAY,
    publish: false,
    initialState: [
      {
        type: "m.room.policy",
        content: {
          via: "policy.example.org",
          public_keys: { ed25519: "PiGdaq+CNyqsInJGkOkHmF9lHjUiVgbt9sBa5bcQr8U" },
        },
      },
    ],
  });
  // Remote members' joins arrive over federation; local members join too. Created in time order.
  const joins = [
    ...REMOTE_PEOPLE.map((p) => ({
      userId: p.userId,
      displayname: p.displayname,
      ts: now - prng.range(40, 65) * DAY,
    })),
    ...prng
      .sample(regulars, 8)
      .map((userId) => ({ userId, displayname: null, ts: now - prng.range(35, 60) * DAY })),
  ].sort((a, b) => a.ts - b.ts);
  for (const j of joins) {
    if (j.displayname !== null)
      createEvent(state, federated, {
        type: "m.room.member",
        sender: j.userId,
        stateKey: j.userId,
        content: { membership: "join", displayname: j.displayname },
        ts: j.ts,
      });
    else setMembership(state, federated, j.userId, "join", j.userId, j.ts);
  }
  const fedRegulars = joins
    .filter(
      (j) =>
        j.userId !== "@raider01:raid.example" &&
        j.userId !== "@raider02:raid.example" &&
        !j.userId.startsWith("@spam-cannon"),
    )
    .map((j) => j.userId);
  const fedSpec: RoomSpec = {
    key: "lobby",
    name: "Matrix Lobby",
    topic: "",
    alias: "lobby",
    public: false,
    size: 0,
    troublemakers: [],
    imageShare: 0.03,
    lines: [
      "Hello from the other side of the federation 👋",
      "Which homeserver are you all on?",
      "The bridge to IRC is back up",
      "Federation is slow today",
    ],
  };
  rooms.push({ spec: fedSpec, room: federated, members: joins.map((j) => j.userId), regulars: fedRegulars });
  return { admin, people, rooms, federated };
}
