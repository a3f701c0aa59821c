/**
 * What a reviewer reads of an event's content. Content is whatever the sender put in it: `body` may be a number,
 * an array or missing, `formatted_body` may be an object, and the intake may have replaced an oversize content
 * with a `{truncated, preview}` stub. Nothing here trusts a type; every string is bounded.
 */
import { type Bounded, boundText } from "./bound";

export const BODY_MAX_CHARS = 16_000;

export type MessageView = {
  msgtype: string | null;
  /** The plain `body`, bounded; null when there is no string body. */
  body: Bounded | null;
  /** When `body` exists but is not a string: its JSON type, so the reviewer sees the content was malformed. */
  bodyIssue: string | null;
  /** `formatted_body` when `format` is Matrix HTML and it is a string (the sanitiser bounds it). */
  formattedBody: string | null;
  /** The intake stored only a preview because the content was too large. */
  intakeTruncated: boolean;
  /** Media the event points at (`url` / `file.url`), as written: the media list in enrichment is authoritative. */
  mediaUrl: string | null;
  /** Room name/topic/member events carry their text elsewhere; shown like a body. */
  stateText: string | null;
};

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

export function messageView(content: unknown): MessageView {
  const record = asRecord(content);
  const empty: MessageView = {
    msgtype: null,
    body: null,
    bodyIssue: record ? null : `content is ${typeName(content)}`,
    formattedBody: null,
    intakeTruncated: false,
    mediaUrl: null,
    stateText: null,
  };
  if (!record) return empty;
  if (record.truncated === true && typeof record.preview === "string") {
    return { ...empty, body: boundText(record.preview, BODY_MAX_CHARS), intakeTruncated: true };
  }
  const body = record.body;
  const file = asRecord(record.file);
  const url = typeof record.url === "string" ? record.url : typeof file?.url === "string" ? file.url : null;
  const stateText = ["name", "topic", "displayname", "alias"]
    .map((k) => record[k])
    .find((v): v is string => typeof v === "string");
  return {
    msgtype: typeof record.msgtype === "string" ? boundText(record.msgtype, 100).text : null,
    body: typeof body === "string" ? boundText(body, BODY_MAX_CHARS) : null,
    bodyIssue: body === undefined || typeof body === "string" ? null : `body is ${typeName(body)}, not text`,
    formattedBody:
      record.format === "org.matrix.custom.html" && typeof record.formatted_body === "string"
        ? record.formatted_body
        : null,
    intakeTruncated: false,
    mediaUrl: url ? boundText(url, 600).text : null,
    stateText: stateText === undefined ? null : boundText(stateText, BODY_MAX_CHARS).text,
  };
}
