/**
 * Parses policyserv's audit notification (contract §4.4; `filter/audit.go`): a Hookshot-style JSON body whose
 * `html` field describes one event the policy server judged spam. policyserv escapes every value it interpolates
 * (Go's html.EscapeString), so text inside the event content can never forge the `<b>Label:</b>` markers we look
 * for; we still take only the first occurrence of each marker and validate every extracted value.
 */
import { z } from "zod";

import { cleanJson, cleanText } from "./sanitize";

export const POLICYSERV_BODY_MAX_BYTES = 2 * 1024 * 1024;

export const ZPolicyservNotification = z.object({
  html: z.string().min(1).max(POLICYSERV_BODY_MAX_BYTES),
  text: z.string().max(10_000).optional(),
});

export type PolicyservRejection = {
  sender: string;
  roomId: string;
  eventId: string;
  eventType: string | null;
  eventTs: Date | null;
  recordedAt: Date | null;
  /** Filter name -> [class, harm ids...] as policyserv reports it. */
  filterResponses: Record<string, string[]>;
  harmIds: string[];
  hellban: boolean;
  /** The event content policyserv saw (parsed JSON, or the text when it is not JSON); null when absent. */
  content: unknown;
};

export type ParseResult = { ok: true; value: PolicyservRejection } | { ok: false; error: string };

const MXID = /^@[^:\s]{1,255}:[^\s]{1,255}$/;
const ROOM_ID = /^![^\s]{1,255}$/;
const EVENT_ID = /^\$[^\s]{1,255}$/;

export function parsePolicyservHtml(html: string): ParseResult {
  const sender = codeAfter(html, "User ID");
  const roomId = codeAfter(html, "Room ID");
  const eventId = codeAfter(html, "Event ID");
  if (!sender || !MXID.test(sender)) return { ok: false, error: "no valid User ID in the notification" };
  if (!roomId || !ROOM_ID.test(roomId)) return { ok: false, error: "no valid Room ID in the notification" };
  if (!eventId || !EVENT_ID.test(eventId))
    return { ok: false, error: "no valid Event ID in the notification" };
  const filterResponses = parseFilterResponses(detailsCode(html, /Filter responses \(click to expand\)/));
  return {
    ok: true,
    value: {
      sender,
      roomId,
      eventId,
      eventType: codeAfter(html, "Event type")?.slice(0, 255) ?? null,
      eventTs: dateAfter(html, "Event timestamp"),
      recordedAt: dateAfter(html, "Recorded time"),
      filterResponses,
      harmIds: harmIdsOf(filterResponses),
      hellban: html.includes("<b>This was a hellban."),
      content: parseContent(detailsCode(html, /Event content \(\d+ bytes; click to expand\)/)),
    },
  };
}

function codeAfter(html: string, label: string): string | null {
  const match = new RegExp(`<b>${label}:</b> <code>([^<]{1,1000})</code>`).exec(html);
  return match?.[1] ? cleanText(unescapeHtml(match[1])) : null;
}

function dateAfter(html: string, label: string): Date | null {
  const match = new RegExp(`<b>${label}:</b> ([^<]{1,100})<br/>`).exec(html);
  if (!match?.[1]) return null;
  const ms = Date.parse(match[1]);
  return Number.isNaN(ms) ? null : new Date(ms);
}

function detailsCode(html: string, summary: RegExp): string | null {
  const start = html.search(new RegExp(`<summary>${summary.source}</summary><pre><code>`));
  if (start < 0) return null;
  const open = html.indexOf("<pre><code>", start) + "<pre><code>".length;
  const close = html.indexOf("</code></pre>", open);
  return close < 0 ? null : unescapeHtml(html.slice(open, close));
}

function parseFilterResponses(text: string | null): Record<string, string[]> {
  if (!text) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(parsed).slice(0, 50)) {
    if (!Array.isArray(value)) continue;
    out[cleanText(name).slice(0, 100)] = value
      .filter((v): v is string => typeof v === "string")
      .slice(0, 20)
      .map((v) => cleanText(v).slice(0, 200));
  }
  return out;
}

/** Harm ids are every entry after the class ("Prohibited", "Neutral"...) that is a namespaced identifier. */
function harmIdsOf(responses: Record<string, string[]>): string[] {
  const ids = new Set<string>();
  for (const values of Object.values(responses)) {
    for (const v of values.slice(1)) if (/^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+){2,}$/.test(v)) ids.add(v);
  }
  return [...ids].sort();
}

function parseContent(text: string | null): unknown {
  if (text === null) return null;
  try {
    return cleanJson(JSON.parse(text));
  } catch {
    return cleanText(text);
  }
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code =
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
