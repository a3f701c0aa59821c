import type { StoredEvent } from "../state/events";
import type { JsonObject } from "../state/json";
import { createEvent, createRoom, setMembership } from "../state/room-actions";
import type { SimState } from "../state/state";
import { filterResponses } from "./demo-incidents";
import type { DemoResult } from "./demo";
import { harmById } from "./harms";
import { HOSTILE_SVG } from "./images";
import { Prng } from "./prng";
import type { FlaggedEvent } from "./types";

/** Attacker-written strings for every free-text field. The console must show them as text, never run them. */
export const XSS = {
  script: "<script>alert('xss')</script>",
  img: "<img src=x onerror=alert(document.domain)>",
  jsLink: '<a href="javascript:alert(document.cookie)">click me</a>',
  rtl: "invoice\u202Egpj.exe",
  zeroWidth: "a\u200Bd\u200Bm\u200Bi\u200Bn",
  homoglyph: "\u0410dmin", // Cyrillic А
  surrogates: "lone high \uD83D and lone low \uDE00 surrogates",
} as const;

/** 1 MiB of reason text: reports carry whatever the reporter sent. */
const HUGE_REASON = `${XSS.script} `.padEnd(1024 * 1024, "A");

interface HostileUserSpec {
  localpart: string;
  displayname: string;
}

const HOSTILE_USERS: readonly HostileUserSpec[] = [
  { localpart: "xss", displayname: XSS.img },
  { localpart: "rtl", displayname: `Moderator ${XSS.rtl}` },
  { localpart: "zwsp", displayname: XSS.zeroWidth },
  { localpart: "homoglyph", displayname: `${XSS.homoglyph} (server staff)` },
  { localpart: "surrogate", displayname: XSS.surrogates },
  // Valid Synapse localpart characters include "/" and ".": a path-traversal-shaped user id.
  { localpart: "../../_synapse/admin/v1/deactivate", displayname: "path traversal" },
];

/**
 * The demo plus hostile content: HTML and script in bodies, formatted bodies, names, topics and reasons; javascript:
 * links; a scripted SVG upload; bidi overrides, zero-width and homoglyph names; a 1 MiB reason; wrong JSON types in
 * event and report content; lone surrogates; a report whose event no longer exists; a room without a name.
 */
export function addHostile(state: SimState, seed: number, now: number, demo: DemoResult): FlaggedEvent[] {
  const prng = Prng.derive(seed, "hostile");
  // New events land in the last five minutes (after the demo's own latest activity), one every 20 s.
  let secondsAgo = 5 * 60;
  const at = () => now - (secondsAgo -= 20) * 1000;
  const users = HOSTILE_USERS.map((u) =>
    state.users.create({
      localpart: u.localpart,
      password: "demo-password",
      displayname: u.displayname,
      creationTs: now - 3 * 86_400_000,
    }),
  );
  const reporter = state.users.get(state.users.userIdFor("alice"));
  const attacker = users[0]?.userId ?? "";

  const room = createRoom(state, attacker, {
    preset: "public_chat",
    name: `${XSS.script} Free stuff`,
    topic: `${XSS.img} ${XSS.jsLink} javascript:alert(1)`,
    aliasLocalpart: "xss-test",
    ts: now - 2 * 86_400_000,
  });
  const nameless = createRoom(state, attacker, { preset: "public_chat", ts: now - 86_400_000 });
  for (const u of users.slice(1)) setMembership(state, room, u.userId, "join", u.userId, now - 86_400_000);
  if (reporter)
    for (const r of [room, nameless])
      setMembership(state, r, reporter.userId, "join", reporter.userId, now - 86_400_000);

  const svg = state.media.add({
    origin: state.serverName,
    mediaId: state.ids.mediaId(),
    userId: attacker,
    mediaType: "image/svg+xml",
    uploadName: `cute-cat.svg${XSS.rtl}`,
    createdTs: now - 86_400_000,
    lastAccessTs: null,
    safeFromQuarantine: false,
    authenticated: true,
    bytes: HOSTILE_SVG,
  });
  const html = state.media.add({
    origin: state.serverName,
    mediaId: state.ids.mediaId(),
    userId: attacker,
    mediaType: "text/html",
    uploadName: "invoice.html",
    createdTs: now - 86_400_000,
    lastAccessTs: null,
    safeFromQuarantine: false,
    authenticated: true,
    bytes: Buffer.from(`<html><body>${XSS.script}${XSS.jsLink}</body></html>`),
  });

  const contents: JsonObject[] = [
    {
      msgtype: "m.text",
      body: XSS.script,
      format: "org.matrix.custom.html",
      formatted_body: `${XSS.img}${XSS.jsLink}<iframe src="javascript:alert(1)"></iframe>`,
    },
    {
      msgtype: "m.text",
      body: `Please re-verify at https://m\u0430trix.org/login (${XSS.rtl})`,
      format: "org.matrix.custom.html",
      formatted_body: '<a href="https://phish.example" title="https://matrix.org">https://matrix.org</a>',
    },
    { msgtype: 42, body: 12345 },
    { msgtype: "m.text", body: ["not", "a", "string"], formatted_body: { nested: XSS.script } },
    { msgtype: "m.text", body: null },
    { msgtype: "m.text", body: XSS.surrogates },
    { msgtype: "m.text", body: "x".repeat(20_000) },
    {
      msgtype: "m.image",
      body: "cat.png",
      url: "javascript:alert(1)",
      info: { mimetype: "text/html", size: "huge", w: -1, h: 1e308 },
    },
    {
      msgtype: "m.image",
      body: "cute-cat.svg",
      url: `mxc://${state.serverName}/${svg.mediaId}`,
      info: { mimetype: "image/svg+xml", size: svg.mediaLength },
    },
    {
      msgtype: "m.file",
      body: "invoice.html",
      url: `mxc://${state.serverName}/${html.mediaId}`,
      info: { mimetype: "text/html" },
    },
    { msgtype: "m.text", body: `${XSS.zeroWidth} says: ${XSS.homoglyph} here, send me your password` },
  ];
  const events: StoredEvent[] = contents.map((content, i) =>
    createEvent(state, i % 2 === 0 ? room : nameless, {
      type: "m.room.message",
      sender: users[i % users.length]?.userId ?? attacker,
      ts: at(),
      content,
    }),
  );

  const reasons: JsonObject[] = [
    { reason: XSS.script, score: -100 },
    { reason: HUGE_REASON, score: -100 },
    { reason: 42, score: "-100" },
    { reason: `${XSS.jsLink} ${XSS.rtl}`, score: 3.5 },
    { reason: null },
    { reason: XSS.surrogates, score: -100 },
    { reason: { nested: "object" }, score: [1, 2] },
  ];
  const harm = harmById("org.matrix.msc4456.spam");
  const reporterId = reporter?.userId ?? attacker;
  let ts = now - 60_000;
  for (const [i, ev] of events.entries()) {
    ts += 1000;
    state.eventReports.add({
      id: state.reportIds.event.take(),
      receivedTs: ts,
      roomId: ev.roomId,
      eventId: ev.eventId,
      userId: reporterId,
      content: reasons[i % reasons.length] ?? {},
    });
  }
  // A report about an event this server no longer has (purged, or never arrived over federation).
  state.eventReports.add({
    id: state.reportIds.event.take(),
    receivedTs: (ts += 1000),
    roomId: room.roomId,
    eventId: `$${prng.bytes(32).toString("base64url")}`,
    userId: reporterId,
    content: { reason: "this message was horrible (event since purged)", score: -100 },
  });
  state.userReports.add({
    id: state.reportIds.user.take(),
    receivedTs: (ts += 1000),
    targetUserId: attacker,
    userId: reporterId,
    reason: `${XSS.img} ${XSS.rtl}`,
  });
  state.userReports.add({
    id: state.reportIds.user.take(),
    receivedTs: (ts += 1000),
    targetUserId: users[5]?.userId ?? attacker,
    userId: reporterId,
    reason: XSS.surrogates,
  });
  state.roomReports.add({
    id: state.reportIds.room.take(),
    receivedTs: (ts += 1000),
    roomId: room.roomId,
    userId: reporterId,
    reason: XSS.script,
  });
  state.roomReports.add({
    id: state.reportIds.room.take(),
    receivedTs: (ts += 1000),
    roomId: nameless.roomId,
    userId: reporterId,
    reason: "a room with no name at all",
  });

  // A remote spam event with script in it, refused by the policy server (soft-failed, flagged).
  const content: JsonObject = {
    msgtype: "m.text",
    body: `${XSS.script} FREE NITRO`,
    format: "org.matrix.custom.html",
    formatted_body: XSS.img,
  };
  const flaggedEvent = createEvent(state, demo.population.federated, {
    type: "m.room.message",
    sender: "@spam-cannon:evil.example",
    ts: at(),
    content,
    softFailed: true,
    policyServerSpammy: true,
  });
  return [
    {
      eventId: flaggedEvent.eventId,
      roomId: flaggedEvent.roomId,
      sender: flaggedEvent.sender,
      type: flaggedEvent.type,
      originServerTs: flaggedEvent.originServerTs,
      content,
      filterResponses: filterResponses(prng, harm),
      stored: true,
    },
  ];
}
