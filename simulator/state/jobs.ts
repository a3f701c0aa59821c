import type { JsonObject } from "./json";

export type TaskStatus = "scheduled" | "active" | "complete" | "failed";
export type TaskAction = "redact_all_events" | "shutdown_and_purge_room";

export interface Task {
  id: string;
  action: TaskAction;
  /** The user (redaction) or room (deletion) the task is about. */
  resourceId: string;
  status: TaskStatus;
  result: JsonObject | null;
  error: string | null;
  createdTs: number;
}

export interface TaskOutcome {
  result: JsonObject;
  error?: string;
}

/**
 * Synapse's task scheduler, reduced to what clients can observe: a task is launched at once (Synapse starts it
 * immediately when fewer than 5 run), reads as `active`, and after `delayMs` does its work and becomes `complete` or
 * `failed`. The delay makes clients poll, as they must against a real server. Timers are unref'd and cancelled on stop.
 */
export class JobStore {
  private readonly tasks = new Map<string, Task>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly delayMs: number) {}

  start(task: Omit<Task, "status" | "result" | "error">, run: () => TaskOutcome): Task {
    const stored: Task = { ...task, status: "active", result: null, error: null };
    this.tasks.set(stored.id, stored);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      try {
        const outcome = run();
        stored.result = outcome.result;
        if (outcome.error !== undefined) {
          stored.error = outcome.error;
          stored.status = "failed";
        } else {
          stored.status = "complete";
        }
      } catch (err) {
        stored.status = "failed";
        stored.error = err instanceof Error ? err.message : String(err);
      }
    }, this.delayMs);
    timer.unref();
    this.timers.add(timer);
    return stored;
  }

  get(id: string): Task | undefined {
    return this.tasks.get(id);
  }

  find(action: TaskAction, resourceId: string, statuses: readonly TaskStatus[]): Task[] {
    return [...this.tasks.values()].filter(
      (t) => t.action === action && t.resourceId === resourceId && statuses.includes(t.status),
    );
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
