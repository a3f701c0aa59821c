import type { JsonObject } from "../state/json";
import { sendServerNotice } from "../state/notices";
import { createEvent, createRoom, setMembership } from "../state/room-actions";
import type { SimState } from "../state/state";
import { deactivateUser } from "../state/user-actions";
import { samplesFor } from "./corpus-abuse";
import {
  fileEventReports,
  filterResponses,
  fileUserAndRoomReports,
  planAbuse,
  planFederatedSpam,
  type Incident,
} from "./demo-incidents";
import { populate, writeTimeline, type Population } from "./demo-population";
import { HARMS, harmById } from "./harms";
import { generateImage } from "./images";
import { Prng } from "./prng";
import { DAY, MINUTE, type FlaggedEvent } from "./types";

export interface DemoResult {
  population: Population;
  incidents: Incident[];
  flagged: FlaggedEvent[];
}

/**
 * A believable small homeserver: ~40 accounts, 16 rooms with four weeks of chatter and pictures, ~60 pieces of
 * reported content across the whole MSC4456 taxonomy with ~100 event reports, user and room reports, spam that a
 * policy server refused (soft-failed remote events, and local sends known only to the webhook), and a few actions a
 * moderator already took (a suspension with its server notice, a redaction, a deactivation, a shadow-ban, quarantine).
 */
export async function buildDemo(state: SimState, seed: number, now: number): Promise<DemoResult> {
  const pop = await populate(state, seed, now);
  const abuse = Prng.derive(seed, "demo-abuse");
  const chat = Prng.derive(seed, "demo-chat");
  const images = Prng.derive(seed, "demo-images");
  const { planned, incidents } = planAbuse(abuse, pop, now, 62);
  const fed = planFederatedSpam(abuse, now, 12);

  // A graphic image posted in #photography two days ago, to be reported and quarantined.
  const photo = pop.rooms.find((r) => r.spec.key === "photo");
  const poster = state.users.userIdFor("not_a_bot_42");
  const img = await generateImage(images, 999);
  const graphic = state.media.add({
    origin: state.serverName,
    mediaId: state.ids.mediaId(),
    userId: poster,
    mediaType: img.mediaType,
    uploadName: "look-at-this.jpg",
    createdTs: now - 2 * DAY,
    lastAccessTs: now - DAY,
    safeFromQuarantine: false,
    authenticated: true,
    bytes: img.bytes,
  });
  const graphicHarm = harmById("org.matrix.msc4456.violence.graphic");
  if (photo) {
    planned.set(photo, [
      ...(planned.get(photo) ?? []),
      {
        ts: now - 2 * DAY + MINUTE,
        sender: poster,
        content: {
          msgtype: "m.image",
          body: "look-at-this.jpg",
          url: `mxc://${state.serverName}/${graphic.mediaId}`,
          info: { mimetype: img.mediaType, size: graphic.mediaLength, w: img.width, h: img.height },
        },
        onCreated: (ev) => incidents.push({ harm: graphicHarm, room: photo, event: ev }),
      },
    ]);
  }

  const imageCounter = { n: 0 };
  for (const r of pop.rooms) {
    const extra = [...(planned.get(r) ?? []), ...(r.room === pop.federated ? fed.planned : [])];
    await writeTimeline(state, chat, images, r, now, imageCounter, extra);
  }

  // A spam room set up by a spammer (not published: only admins may publish), reported by several people.
  const spammer = state.users.userIdFor("promo.deals");
  const spamRoom = createRoom(state, spammer, {
    preset: "public_chat",
    name: "🚀 FREE AIRDROP 🚀 claim now",
    topic: "Limited time! Connect your wallet at https://airdrop-claim.example",
    aliasLocalpart: "free-airdrop",
    ts: now - 6 * DAY,
  });
  for (let i = 0; i < 4; i++)
    createEvent(state, spamRoom, {
      type: "m.room.message",
      sender: spammer,
      ts: now - (5 - i) * DAY,
      content: { msgtype: "m.text", body: abuse.pick(samplesFor("spam.fraud").messages) },
    });

  fileEventReports(state, abuse, incidents, now);
  fileUserAndRoomReports(state, abuse, pop, now, spamRoom.roomId);

  // Local sends the policy server refused: Synapse never stored them; only policyserv's webhook tells the story.
  const flagged = [...fed.flagged];
  for (let i = 0; i < 5; i++) {
    const r = abuse.pick(pop.rooms.filter((x) => x.room !== pop.federated));
    const harm = abuse.pick(HARMS.filter((h) => h.id.includes(".spam")));
    const content: JsonObject = { msgtype: "m.text", body: abuse.pick(samplesFor(harm.id).messages) };
    flagged.push({
      eventId: state.ids.eventId(),
      roomId: r.room.roomId,
      sender: abuse.pick([spammer, state.users.userIdFor("cryptoking88")]),
      type: "m.room.message",
      originServerTs: now - abuse.int(10 * DAY) - MINUTE,
      content,
      filterResponses: filterResponses(abuse, harm),
      stored: false,
    });
  }

  takeEarlierActions(state, pop, incidents, now, graphic.mediaId);
  return { population: pop, incidents, flagged };
}

/** What moderators already did in the last minutes, so the console shows histories and not just a fresh queue. */
function takeEarlierActions(
  state: SimState,
  pop: Population,
  incidents: Incident[],
  now: number,
  graphicMediaId: string,
): void {
  const admin = pop.admin.userId;
  const at = (minutesAgo: number) => now - minutesAgo * MINUTE;

  const suspended = state.users.get(state.users.userIdFor("promo.deals"));
  if (suspended) {
    suspended.suspended = true;
    sendServerNotice(
      state,
      suspended.userId,
      "m.room.message",
      undefined,
      {
        msgtype: "m.text",
        body: "Your account has been suspended for posting spam (policy: org.matrix.msc4456.spam). You can still read messages. To appeal, reply via https://safety.example/appeal.",
        format: "org.matrix.custom.html",
        formatted_body:
          'Your account has been <b>suspended</b> for posting spam. To appeal, use <a href="https://safety.example/appeal">the appeal form</a>.',
      },
      at(9),
    );
  }

  // An admin redacted one reported scam message (the report detail still shows the original: event_json is unredacted).
  const scam = incidents.find((i) => i.event?.sender === state.users.userIdFor("cryptoking88"));
  if (scam?.event) {
    const room = state.rooms.get(scam.event.roomId);
    if (room) {
      setMembership(state, room, admin, "join", admin, at(8));
      createEvent(state, room, {
        type: "m.room.redaction",
        sender: admin,
        ts: at(8),
        content: { reason: "Scam (org.matrix.msc4456.spam.fraud)" },
        redacts: scam.event.eventId,
      });
    }
  }

  const impersonator = state.users.get(state.users.userIdFor("matrix-support"));
  if (impersonator) deactivateUser(state, impersonator, false, at(6));
  const shadow = state.users.get(state.users.userIdFor("not_a_bot_42"));
  if (shadow) shadow.shadowBanned = true;

  const graphic = state.media.get(state.serverName, graphicMediaId);
  if (graphic) state.media.quarantine([graphic], admin);
  // One ordinary photo is protected from quarantine (e.g. a room avatar the admins vouched for).
  const photo = state.media.byUser(state.users.userIdFor("alice"))[0];
  if (photo) photo.safeFromQuarantine = true;
}
