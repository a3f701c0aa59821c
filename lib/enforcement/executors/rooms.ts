/**
 * Room actions: block/unblock and unpublish (flags, safe to repeat), and the asynchronous v2 deletion.
 *
 * Deletion is not idempotent at the HTTP level: a DELETE whose answer was lost may or may not have started a job.
 * Before starting one on a re-attempt we ask Synapse for the room's delete tasks and adopt one that is still
 * running; if none is, we start again. A second deletion of a room already shut down and purged finds nobody to
 * kick and nothing to purge, so repeating is harmless in effect.
 */
import { isSynapseApiError, type DeleteTask } from "@/lib/synapse";

import type { SpecOf } from "../action-schemas";
import { RetryLaterError } from "../classify-failure";
import type { ExecutionOutcome, ExecutorContext } from "../types";

export async function setBlocked(
  { synapse, spec }: ExecutorContext<SpecOf<"BLOCK_ROOM"> | SpecOf<"UNBLOCK_ROOM">>,
): Promise<ExecutionOutcome> {
  const wanted = spec.kind === "BLOCK_ROOM";
  const blocked = await synapse.rooms.setBlocked(spec.roomId, wanted);
  return blocked === wanted
    ? { type: "done", result: { blocked } }
    : { type: "failed", error: `Synapse answered block=${blocked}, not ${wanted}.` };
}

export async function removeFromDirectory(
  { synapse, spec }: ExecutorContext<SpecOf<"REMOVE_ROOM_FROM_DIRECTORY">>,
): Promise<ExecutionOutcome> {
  await synapse.rooms.setDirectoryVisibility(spec.roomId, "private");
  return { type: "done", result: { visibility: "private" } };
}

export async function deleteRoom(ctx: ExecutorContext<SpecOf<"DELETE_ROOM">>): Promise<ExecutionOutcome> {
  const { action } = ctx;
  if (action.status === "AWAITING_SYNAPSE" && action.synapseJobId) {
    const outcome = await pollDeletion(ctx, action.synapseJobId);
    if (outcome) return outcome;
    // Synapse no longer knows the job (restarted, or kept past its 7-day retention): start again.
  }
  return startDeletion(ctx);
}

async function pollDeletion({ synapse }: ExecutorContext, deleteId: string): Promise<ExecutionOutcome | null> {
  let task: DeleteTask;
  try {
    task = await synapse.rooms.getDeleteStatus(deleteId);
  } catch (error) {
    if (isSynapseApiError(error, "M_NOT_FOUND")) return null;
    throw error;
  }
  return taskOutcome(task);
}

function taskOutcome(task: DeleteTask): ExecutionOutcome {
  if (task.status === "scheduled" || task.status === "active") return { type: "still_running" };
  const result = { deleteId: task.delete_id, shutdownRoom: task.shutdown_room ?? null };
  if (task.status === "complete") return { type: "done", result };
  // Synapse's delete status carries no error text (contract §8.8); its log has the reason.
  return { type: "failed", error: `Synapse's deletion job ${task.delete_id} failed; see Synapse's log for why.`, result };
}

async function startDeletion({ synapse, spec, action }: ExecutorContext<SpecOf<"DELETE_ROOM">>): Promise<ExecutionOutcome> {
  if (action.attempts > 1 || action.synapseJobId) {
    const running = await runningDeletion(synapse, spec.roomId);
    if (running) return { type: "awaiting", jobId: running.delete_id, result: { adopted: true } };
  }
  try {
    const deleteId = await synapse.rooms.deleteRoom(spec.roomId, {
      purge: spec.purge,
      block: spec.block,
      message: spec.message,
      newRoomUserId: spec.newRoomUserId,
    });
    return { type: "awaiting", jobId: deleteId };
  } catch (error) {
    if (isSynapseApiError(error) && error.status === 400 && /already in progress/i.test(error.error)) {
      const running = await runningDeletion(synapse, spec.roomId);
      if (running) return { type: "awaiting", jobId: running.delete_id, result: { adopted: true } };
      // Still `scheduled` (invisible in the by-room listing): look again shortly.
      throw new RetryLaterError(`A deletion of ${spec.roomId} is already starting on Synapse; checking again.`);
    }
    throw error;
  }
}

async function runningDeletion(synapse: ExecutorContext["synapse"], roomId: string): Promise<DeleteTask | undefined> {
  try {
    const tasks = await synapse.rooms.getRoomDeleteStatuses(roomId);
    return tasks.find((t) => t.status === "active" || t.status === "scheduled");
  } catch (error) {
    if (isSynapseApiError(error, "M_NOT_FOUND")) return undefined; // "No delete task for room_id"
    throw error;
  }
}
