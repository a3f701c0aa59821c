import type { StoredEvent } from "../state/events";
import type { JsonObject } from "../state/json";
import type { SimState } from "../state/state";
import { ROOM_REPORT_REASONS, USER_REPORT_REASONS, samplesFor } from "./corpus-abuse";
import type { DemoRoom, Planned, Population } from "./demo-population";
import { HARMS, harmByWeight, harmCategory, type Harm } from "./harms";
import type { Prng } from "./prng";
import { DAY, HOUR, MINUTE, type FlaggedEvent } from "./types";

/** A reported (or policy-flagged) piece of content, remembered so reports and webhooks can point at it. */
export interface Incident {
  harm: Harm;
  room: DemoRoom;
  event: StoredEvent | null;
}

/** Who plausibly posts what: the demo keeps each troublemaker in character. */
function senderFor(harm: Harm, pop: Population, prng: Prng): string | null {
  const byKind = (kinds: string[]) =>
    [...pop.people.values()].filter((p) => kinds.includes(p.person.kind)).map((p) => p.user.userId);
  const category = harmCategory(harm);
  if (harm.id.endsWith("self_harm")) return null; // a regular member in distress
  if (category === "spam") return prng.pick(byKind(["spammer", "scammer"]));
  if (category === "child_safety" || category === "adult") return prng.pick(byKind(["predator"]));
  if (category === "harassment" || category === "violence" || category === "tos")
    return prng.pick(byKind(["troll"]));
  return prng.pick(byKind(["troll", "spammer"]));
}

const SCORES: readonly (number | null)[] = [-100, -100, -100, -50, 0, null];

/** Plan abusive messages (placed into timelines by the caller) and remember them as incidents. */
export function planAbuse(
  prng: Prng,
  pop: Population,
  now: number,
  count: number,
): { planned: Map<DemoRoom, Planned[]>; incidents: Incident[] } {
  const planned = new Map<DemoRoom, Planned[]>();
  const incidents: Incident[] = [];
  const localRooms = pop.rooms.filter((r) => r.room !== pop.federated);
  // Every harm at least once, then weighted picks, so the taxonomy is covered and volumes still look real.
  const harms = [
    ...HARMS,
    ...Array.from({ length: Math.max(0, count - HARMS.length) }, () => harmByWeight(prng.next())),
  ];
  for (const harm of harms) {
    const wanted = senderFor(harm, pop, prng);
    const candidates = localRooms.filter((r) =>
      wanted ? r.members.includes(wanted) : r.regulars.length > 0,
    );
    const room = prng.pick(candidates.length > 0 ? candidates : localRooms);
    const sender = wanted && room.members.includes(wanted) ? wanted : prng.pick(room.regulars);
    const incident: Incident = { harm, room, event: null };
    incidents.push(incident);
    const list = planned.get(room) ?? [];
    list.push({
      ts: now - prng.int(27 * DAY) - HOUR,
      sender,
      content: { msgtype: "m.text", body: prng.pick(samplesFor(harm.id).messages) },
      onCreated: (ev) => (incident.event = ev),
    });
    planned.set(room, list);
  }
  return { planned, incidents };
}

/** Spam from other servers that the room's policy server refused: soft-failed, flagged, persisted. */
export function planFederatedSpam(
  prng: Prng,
  now: number,
  count: number,
): { planned: Planned[]; flagged: FlaggedEvent[] } {
  const senders = ["@spam-cannon:evil.example", "@raider01:raid.example", "@raider02:raid.example"];
  const planned: Planned[] = [];
  const flagged: FlaggedEvent[] = [];
  for (let i = 0; i < count; i++) {
    const harm = prng.pick(HARMS.filter((h) => ["spam", "harassment"].includes(harmCategory(h))));
    const content: JsonObject = { msgtype: "m.text", body: prng.pick(samplesFor(harm.id).messages) };
    const sender = prng.pick(senders);
    const ts = now - prng.int(20 * DAY) - HOUR;
    planned.push({
      ts,
      sender,
      content,
      softFailed: true,
      onCreated: (ev) =>
        flagged.push({
          eventId: ev.eventId,
          roomId: ev.roomId,
          sender,
          type: ev.type,
          originServerTs: ts,
          content,
          filterResponses: filterResponses(prng, harm, i === 0),
          stored: true,
        }),
    });
  }
  return { planned, flagged };
}

/** policyserv's per-filter verdicts: `{filter: [class, harms...]}`; the first one is a hellban, shown differently. */
export function filterResponses(prng: Prng, harm: Harm, hellban = false): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (hellban) out.HellbanPrefilter = ["Prohibited", "org.matrix.msc4456.spam"];
  const filters = prng.sample(
    ["KeywordFilter", "LinkFilter", "MentionsFilter", "DensityFilter", "KeywordTemplateFilter"],
    prng.range(1, 3),
  );
  filters.forEach((f, i) => (out[f] = i === 0 ? ["Prohibited", harm.id] : ["Neutral"]));
  return out;
}

/** 1-3 reports per incident from members who saw it, minutes to days later. */
export function fileEventReports(state: SimState, prng: Prng, incidents: Incident[], now: number): void {
  const reports: { ts: number; add: () => void }[] = [];
  for (const inc of incidents) {
    const ev = inc.event;
    if (!ev) continue;
    const reporters = prng.sample(
      inc.room.regulars.filter((u) => u !== ev.sender),
      prng.range(1, 3),
    );
    for (const reporter of reporters) {
      // Minutes to days after the event, never later than a few minutes ago.
      const latest = Math.max(2 * MINUTE, now - 5 * MINUTE - ev.originServerTs);
      const ts = ev.originServerTs + prng.range(Math.min(2 * MINUTE, latest), Math.min(3 * DAY, latest));
      const score = prng.pick(SCORES);
      const content: JsonObject = {
        reason: prng.pick(samplesFor(inc.harm.id).reasons),
        ...(score !== null ? { score } : {}),
      };
      reports.push({
        ts,
        add: () =>
          state.eventReports.add({
            id: state.reportIds.event.take(),
            receivedTs: ts,
            roomId: ev.roomId,
            eventId: ev.eventId,
            userId: reporter,
            content,
          }),
      });
    }
  }
  // Ids follow arrival order, with the occasional hole (rows deleted by an admin earlier).
  for (const r of reports.sort((a, b) => a.ts - b.ts)) {
    if (prng.chance(0.08)) state.reportIds.event.skip(prng.range(1, 3));
    r.add();
  }
}

export function fileUserAndRoomReports(
  state: SimState,
  prng: Prng,
  pop: Population,
  now: number,
  spamRoomId: string,
): void {
  const troublemakers = [...pop.people.values()].filter((p) => p.person.kind !== "regular");
  const regulars = [...pop.people.values()]
    .filter((p) => p.person.kind === "regular")
    .map((p) => p.user.userId);
  const userReports = Array.from({ length: 18 }, (_, i) => ({
    ts: now - prng.int(26 * DAY) - MINUTE,
    // One in nine is a retaliatory report against an ordinary member.
    target: i % 9 === 8 ? null : prng.pick(troublemakers),
    reporter: prng.pick(regulars),
  })).sort((a, b) => a.ts - b.ts);
  for (const r of userReports) {
    const kind = r.target?.person.kind;
    const reason =
      kind === undefined || kind === "regular"
        ? "they disagreed with me in #news"
        : prng.pick(USER_REPORT_REASONS[kind]);
    state.userReports.add({
      id: state.reportIds.user.take(),
      receivedTs: r.ts,
      targetUserId: r.target?.user.userId ?? prng.pick(regulars.filter((u) => u !== r.reporter)),
      userId: r.reporter,
      reason,
    });
  }
  const targets = [
    spamRoomId,
    ...pop.rooms
      .filter((r) => ["crypto", "random", "gaming", "news"].includes(r.spec.key))
      .map((r) => r.room.roomId),
  ];
  const roomReports = Array.from({ length: 9 }, (_, i) => ({
    ts: now - prng.int(20 * DAY) - MINUTE,
    roomId: i < 3 ? spamRoomId : prng.pick(targets),
    reporter: prng.pick(regulars),
  })).sort((a, b) => a.ts - b.ts);
  for (const r of roomReports) {
    state.roomReports.add({
      id: state.reportIds.room.take(),
      receivedTs: r.ts,
      roomId: r.roomId,
      userId: r.reporter,
      reason: prng.pick(ROOM_REPORT_REASONS),
    });
  }
}
