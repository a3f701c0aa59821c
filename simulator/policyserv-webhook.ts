/**
 * A policyserv-style audit webhook sender: for an event the policy server judged spam, POST the Hookshot/Slack-format
 * notification policyserv sends (`filter/audit.go` + `notifiers/webhooks.go`, matrix-org/policyserv): a JSON object
 * with a placeholder `text` and an `html` description of sender, room, event, timestamps, per-filter verdicts and the
 * event content. The console's intake parses that HTML, so the markup here follows policyserv's byte for byte.
 */
import type { FlaggedEvent } from "./scenario/types";

export type PolicyservEvent = Pick<
  FlaggedEvent,
  "eventId" | "roomId" | "sender" | "type" | "originServerTs" | "content" | "filterResponses"
>;

export interface PolicyservNotification {
  text: string;
  html: string;
}

const HELLBAN_PREFILTER = "HellbanPrefilter";
const SPAM_GENERAL = "org.matrix.msc4456.spam";

/** Go's `html.EscapeString`. */
export function goHtmlEscape(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/'/g, "&#39;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&#34;");
}

/** Go's `time.RFC1123Z` layout, in UTC: `Mon, 02 Jan 2006 15:04:05 +0000`. */
export function rfc1123z(date: Date): string {
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const p = (n: number) => String(n).padStart(2, "0");
  return `${days[date.getUTCDay()]}, ${p(date.getUTCDate())} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ${p(date.getUTCHours())}:${p(date.getUTCMinutes())}:${p(date.getUTCSeconds())} +0000`;
}

/** Go's `json.MarshalIndent(map, "", "  ")`: sorted keys, HTML-significant characters escaped as \u003c etc. */
function goMarshalIndent(value: Record<string, string[]>): string {
  const sorted = Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, value[k] ?? []]),
  );
  return JSON.stringify(sorted, null, 2)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The `html` field of policyserv's audit message (`auditContext.Publish`). */
export function policyservAuditHtml(event: PolicyservEvent, recordedAt: Date): string {
  const responses = goMarshalIndent(event.filterResponses);
  const contentJson = JSON.stringify(event.content, null, 2);
  const wasHellban = event.filterResponses[HELLBAN_PREFILTER]?.includes(SPAM_GENERAL) ?? false;
  const room = goHtmlEscape(event.roomId);
  let html = "A user has had an event of theirs flagged as spam by policyserv:<br/>";
  html += `<b>User ID:</b> <code>${goHtmlEscape(event.sender)}</code><br/>`;
  html += `<b>Room ID:</b> <code>${room}</code> (<a href="https://matrix.to/#/${room}">${room}</a>)<br/>`;
  if (wasHellban)
    html +=
      "<b>This was a hellban. More details are below.</b><br/><details><summary>Event info (click to expand)</summary>";
  html += `<b>Event ID:</b> <code>${goHtmlEscape(event.eventId)}</code><br/><i>The event ID may not exist if the origin server rejected it due to spam.</i><br/>`;
  html += `<b>Event type:</b> <code>${goHtmlEscape(event.type)}</code><br/>`;
  html += `<b>Event timestamp:</b> ${rfc1123z(new Date(event.originServerTs))}<br/>`;
  html += `<b>Recorded time:</b> ${rfc1123z(recordedAt)}<br/>`;
  html += `<details><summary>Filter responses (click to expand)</summary><pre><code>${goHtmlEscape(responses)}</code></pre></details>`;
  html += `<details><summary>Event content (${Buffer.byteLength(contentJson, "utf8")} bytes; click to expand)</summary><pre><code>${goHtmlEscape(contentJson)}</code></pre></details>`;
  if (wasHellban) html += "</details>";
  return html;
}

export function policyservNotification(
  event: PolicyservEvent,
  recordedAt = new Date(),
): PolicyservNotification {
  // policyserv deliberately sends no text rendering: long spam would otherwise escape its <details> block.
  return { text: "This event requires HTML.", html: policyservAuditHtml(event, recordedAt) };
}

/** Go encodes the map with sorted keys and `SetEscapeHTML(false)`, and the encoder appends a newline. */
export function policyservBody(notification: PolicyservNotification): string {
  return `${JSON.stringify({ html: notification.html, text: notification.text })}\n`;
}

export interface SendOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  recordedAt?: Date;
}

/** POST one notification, as policyserv's webhook notifier does. Resolves with the HTTP status; network errors throw. */
export async function sendPolicyservWebhook(
  url: string,
  event: PolicyservEvent,
  options: SendOptions = {},
): Promise<number> {
  const doFetch = options.fetch ?? globalThis.fetch;
  const res = await doFetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", "User-Agent": "policyserv" },
    body: policyservBody(policyservNotification(event, options.recordedAt)),
    signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
  });
  await res.arrayBuffer().catch(() => undefined);
  return res.status;
}
