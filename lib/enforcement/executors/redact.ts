/**
 * Mass redaction of a user's events: start a Synapse job, store its `redact_id`, poll `redact_status` to the end.
 *
 * Rooms are always passed explicitly. With `rooms: []` Synapse skips rooms the user has left, which is exactly where
 * someone who posts abuse and leaves has their messages; so we send the union of the rooms the reviewer named, the
 * rooms the user is joined to, and (Synapse ≥ 1.145) every room in their membership history.
 *
 * Repeats: the start (POST) is not idempotent, and a lost answer leaves us without the job id. We restart instead
 * of guessing. While the first job runs Synapse refuses a second ("Redact already in progress"), so we wait and try
 * again; once it has finished, a second pass skips events already redacted, so the repeat is harmless in effect.
 * A stored job id that Synapse still reports active is adopted rather than started again.
 */
import { isSynapseApiError, isUnrecognizedEndpoint, type RedactStatus, type Synapse } from "@/lib/synapse";

import type { SpecOf } from "../action-schemas";
import { RetryLaterError } from "../classify-failure";
import type { ExecutionOutcome, ExecutorContext } from "../types";
import { judgeRedactionFailures } from "./redaction-failures";

type Ctx = ExecutorContext<SpecOf<"REDACT_USER_EVENTS">>;

export async function redactUserEvents(ctx: Ctx): Promise<ExecutionOutcome> {
  const jobId = ctx.action.synapseJobId;
  if (jobId) {
    const status = await readStatus(ctx.synapse, jobId);
    if (status && (status.status === "scheduled" || status.status === "active")) {
      return ctx.action.status === "AWAITING_SYNAPSE" ? { type: "still_running" } : { type: "awaiting", jobId };
    }
    // While polling, the end of the job is the answer. On a fresh run (a lead's retry) a finished or forgotten job
    // is history: run a new pass.
    if (status && ctx.action.status === "AWAITING_SYNAPSE") return finished(ctx.synapse, ctx.spec.userId, jobId, status);
  }
  return start(ctx);
}

async function readStatus(synapse: Synapse, redactId: string): Promise<RedactStatus | null> {
  try {
    return await synapse.redaction.getRedactStatus(redactId);
  } catch (error) {
    if (isSynapseApiError(error, "M_NOT_FOUND")) return null; // forgotten (restart, or past the 7-day retention)
    throw error;
  }
}

async function finished(synapse: Synapse, userId: string, redactId: string, status: RedactStatus): Promise<ExecutionOutcome> {
  if (status.status === "failed") {
    return { type: "failed", error: `Synapse's redaction job ${redactId} failed: ${status.error ?? "no reason given"}` };
  }
  if (status.status !== "complete") return { type: "still_running" };
  const { real, ignored } = await judgeRedactionFailures(synapse, userId, status.failed_redactions);
  const result = { redactId, failedRedactions: real, ignoredFailures: ignored };
  const failedIds = Object.keys(real);
  if (failedIds.length === 0) return { type: "done", result };
  const listed = failedIds.slice(0, 10).map((id) => `${id} (${real[id]})`).join("; ");
  return {
    type: "failed",
    error: `${failedIds.length} event(s) could not be redacted: ${listed}${failedIds.length > 10 ? "; …" : ""}`,
    result,
  };
}

async function start({ synapse, spec }: Ctx): Promise<ExecutionOutcome> {
  const rooms = await roomsToRedact(synapse, spec);
  try {
    const redactId = await synapse.redaction.redactUserEvents(spec.userId, {
      rooms,
      reason: spec.reason,
      limit: spec.limit,
      afterTs: spec.since ? Date.parse(spec.since) : undefined,
      beforeTs: spec.until ? Date.parse(spec.until) : undefined,
    });
    return { type: "awaiting", jobId: redactId, result: { rooms } };
  } catch (error) {
    if (isSynapseApiError(error) && error.status === 400 && /already in progress/i.test(error.error)) {
      throw new RetryLaterError(`A redaction of ${spec.userId} is already running on Synapse; ours starts after it.`);
    }
    throw error;
  }
}

async function roomsToRedact(synapse: Synapse, spec: SpecOf<"REDACT_USER_EVENTS">): Promise<string[]> {
  const rooms = new Set(spec.rooms);
  try {
    // One call covers joined, left and banned rooms; fewer calls per attempt also means fewer ways to fail.
    const { memberships } = await synapse.users.memberships(spec.userId);
    for (const [room, membership] of Object.entries(memberships)) {
      // Invites and knocks are events by others (or carry nothing to redact); joins, leaves and bans may hide messages.
      if (membership === "join" || membership === "leave" || membership === "ban") rooms.add(room);
    }
  } catch (error) {
    if (!isUnrecognizedEndpoint(error)) throw error;
    // Synapse < 1.145 has no membership history: the reviewer's rooms plus the joined ones are all we can name.
    for (const room of (await synapse.users.joinedRooms(spec.userId)).joined_rooms) rooms.add(room);
  }
  return [...rooms].sort();
}
