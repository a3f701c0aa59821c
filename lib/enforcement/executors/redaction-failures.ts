/**
 * Which of a completed redaction job's `failed_redactions` mean the action did not do its job.
 *
 * Seen on Synapse 1.160: a user with a server-notices room always gets one failure, their own join event there
 * (the room gives users power -10, below the level needed to redact). Join events carry no message, only a display
 * name and avatar, and the point of mass redaction is the messages; so a failure on the user's own join event is
 * kept in the result (`ignoredFailures`) but does not fail the action. Any other failure does. We look each failed
 * event up to tell them apart. An event Synapse cannot find counts as a real failure; any other lookup error is
 * thrown, so the worker polls again later rather than judging on a guess.
 */
import { isSynapseApiError, type Synapse } from "@/lib/synapse";

/** Enough to tell a notices-room join from a message; more failures than this are all counted as real. */
const MAX_LOOKUPS = 25;

export async function judgeRedactionFailures(
  synapse: Synapse,
  userId: string,
  failures: Record<string, string>,
): Promise<{ real: Record<string, string>; ignored: Record<string, string> }> {
  const real: Record<string, string> = {};
  const ignored: Record<string, string> = {};
  const entries = Object.entries(failures);
  for (const [index, [eventId, reason]] of entries.entries()) {
    if (index < MAX_LOOKUPS && (await isOwnJoin(synapse, userId, eventId))) ignored[eventId] = reason;
    else real[eventId] = reason;
  }
  return { real, ignored };
}

async function isOwnJoin(synapse: Synapse, userId: string, eventId: string): Promise<boolean> {
  try {
    const event = await synapse.rooms.fetchEvent(eventId);
    return (
      event.type === "m.room.member" &&
      event.sender === userId &&
      event.state_key === userId &&
      (event.content as { membership?: unknown }).membership === "join"
    );
  } catch (error) {
    if (isSynapseApiError(error, "M_NOT_FOUND")) return false;
    throw error;
  }
}
