/**
 * POST /api/webhooks/policyserv/<secret>: policyserv's spam notification (contract §4.4) becomes a
 * `POLICY_SERVER_WEBHOOK` signal. policyserv cannot sign its webhooks, so the URL carries a secret, compared in
 * constant time. Replays are harmless: the event id is the signal's source id.
 * Subject: the event when Synapse stored it (remote events are soft-failed and kept), otherwise the sender (a local
 * send the policy server refused is never stored, so there is no event to act on).
 */
import { createHash, timingSafeEqual } from "node:crypto";

import type { Db } from "@/lib/db/client";

import { attachSignals } from "./attach-signals";
import { parsePolicyservHtml, POLICYSERV_BODY_MAX_BYTES, ZPolicyservNotification } from "./parse-policyserv";
import { cleanJson } from "./sanitize";
import { serverOf } from "./subject-identity";
import type { IncomingSignal } from "./types";

export type PolicyservWebhookDeps = {
  db: Db;
  /** Unset: the endpoint is off and answers 404, as if it did not exist. */
  expectedSecret: string | undefined;
  serverName: string;
  /** Whether Synapse has the event: true/false, or undefined when it cannot tell (then: remote sender = stored). */
  eventExists?: (eventId: string) => Promise<boolean | undefined>;
};

export async function handlePolicyservWebhook(
  request: Request,
  secret: string,
  deps: PolicyservWebhookDeps,
): Promise<Response> {
  if (!deps.expectedSecret) return json(404, { error: "not found" });
  if (!secretMatches(secret, deps.expectedSecret)) return json(401, { error: "wrong webhook secret" });
  const text = await readBounded(request, POLICYSERV_BODY_MAX_BYTES);
  if (text === null) return json(413, { error: `body larger than ${POLICYSERV_BODY_MAX_BYTES} bytes` });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json(400, { error: 'body is not JSON; expected policyserv\'s {"text", "html"} notification' });
  }
  const notification = ZPolicyservNotification.safeParse(body);
  if (!notification.success)
    return json(400, { error: "expected a JSON object with an `html` string (policyserv notification)" });
  const parsed = parsePolicyservHtml(notification.data.html);
  if (!parsed.ok) return json(400, { error: `not a policyserv spam notification: ${parsed.error}` });

  const r = parsed.value;
  const exists =
    (await deps.eventExists?.(r.eventId).catch(() => undefined)) ?? serverOf(r.sender) !== deps.serverName;
  const flaggedBy = Object.entries(r.filterResponses)
    .filter(([, v]) => v[0] && v[0] !== "Neutral")
    .map(([k]) => k);
  const signal: IncomingSignal = {
    source: "POLICY_SERVER_WEBHOOK",
    sourceId: r.eventId,
    subject: exists
      ? { kind: "EVENT", key: r.eventId, roomId: r.roomId, senderMxid: r.sender }
      : { kind: "USER", key: r.sender },
    reporterMxid: null,
    reason: `Flagged by policyserv${flaggedBy.length ? ` (${flaggedBy.join(", ").slice(0, 500)})` : ""}${r.hellban ? " [hellban]" : ""}`,
    score: null,
    harmIds: r.harmIds,
    occurredAt: r.recordedAt ?? r.eventTs ?? new Date(),
    raw: cleanJson({ notification: notification.data, parsed: r }),
  };
  const result = await attachSignals(deps.db, [signal], { serverName: deps.serverName });
  const stored = result.inserted[0];
  return json(200, { ok: true, duplicate: !stored, caseId: stored?.caseId ?? null });
}

function secretMatches(given: string, expected: string): boolean {
  // Hashing first makes both sides the same length, so the comparison time says nothing about the secret.
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

async function readBounded(request: Request, max: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > max) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}
