import { env } from "@/lib/env";
import { runIntakePass } from "@/lib/intake/run-intake-pass";
import { startIntakeLoop } from "@/lib/intake/intake-loop";
import { synapseFromEnv } from "@/lib/synapse";

import type { CliCommand } from "../commands";
import { CliUsageError } from "../usage";

export const syncCommand: CliCommand = {
  args: "[--once]",
  summary:
    "Pull reports and policy-server rejections into cases (--once: one pass, JSON summary; else until Ctrl-C)",
  async run(args, { db, databaseUrl }) {
    const unknown = args.filter((a) => a !== "--once");
    if (unknown.length > 0) throw new CliUsageError(`Usage: sync ${this.args}`);
    const settings = env();
    const synapse = synapseFromEnv();
    const serverName =
      settings.SYNAPSE_SERVER_NAME ?? (await synapse.server.whoami()).user_id.split(":").slice(1).join(":");
    if (args.includes("--once")) {
      console.log(JSON.stringify(await runIntakePass({ db, synapse, serverName }), null, 2));
      return 0;
    }
    const loop = startIntakeLoop({
      db,
      synapse,
      serverName,
      databaseUrl,
      onLockChange: (held) =>
        console.error(held ? "Intake: this process is the active syncer." : "Intake: lost the syncer lock."),
      onRun: (source, summary, failed) => console.error(JSON.stringify({ source, ...summary, failed })),
    });
    await new Promise<void>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    await loop.stop();
    return 0;
  },
};
