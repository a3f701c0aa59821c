import { runDueActionsOnce, startEnforcementWorker } from "@/lib/enforcement/run-worker";
import { synapseFromEnv } from "@/lib/synapse";

import type { CliCommand } from "../commands";
import { CliUsageError, parseArgs } from "../usage";

/**
 * `enforce --once`: one pass over due actions, a JSON summary on stdout (for cron or a quick check).
 * `enforce`: the worker, until Ctrl-C; it lets in-flight Synapse calls finish before exiting.
 */
export const enforceCommand: CliCommand = {
  args: "[--once] [--concurrency N]",
  summary: "Carry out pending enforcement actions on Synapse (once, or until Ctrl-C)",
  async run(args, { db }) {
    const { positional, options } = parseArgs(args, { boolean: ["once"], value: ["concurrency"] });
    if (positional.length > 0) throw new CliUsageError(`Usage: enforce ${this.args}`);
    const concurrency = options.concurrency === undefined ? 4 : Number(options.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
      throw new CliUsageError("--concurrency must be an integer from 1 to 64.");
    }
    const synapse = synapseFromEnv({ logger: { warn: (message, fields) => console.error(message, fields ?? "") } });
    const onError = (error: unknown) => console.error("enforcement:", error instanceof Error ? error.message : error);

    if (options.once) {
      console.log(JSON.stringify(await runDueActionsOnce({ db, synapse, concurrency, onError })));
      return 0;
    }
    const worker = startEnforcementWorker({ db, synapse, concurrency, onError });
    console.error("Enforcement worker running; Ctrl-C to stop.");
    await new Promise<void>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    console.error("Stopping: letting in-flight actions finish…");
    await worker.stop();
    return 0;
  },
};
