import { purgeExpiredEvidence } from "@/lib/evidence/purge-expired-evidence";

import { CLI_ACTOR, type CliCommand } from "../commands";
import { CliUsageError, parseArgs } from "../usage";

export const evidenceCommand: CliCommand = {
  args: "purge [--dry-run]",
  summary:
    "Remove evidence snapshots past their retention (EVIDENCE_RETENTION_DAYS); audited EVIDENCE_PURGED",
  async run(args, { db }) {
    const { positional, options } = parseArgs(args, { boolean: ["dry-run"] });
    if (positional[0] !== "purge" || positional.length !== 1)
      throw new CliUsageError(`Usage: evidence ${this.args}`);
    const dryRun = options["dry-run"] === true;
    const result = await purgeExpiredEvidence(db, { now: new Date(), actor: CLI_ACTOR, dryRun });
    console.log(
      dryRun
        ? `${result.purged} evidence snapshot(s) are past retention; nothing removed (dry run).`
        : `Removed ${result.purged} expired evidence snapshot(s) in ${result.batches} batch(es).`,
    );
    return 0;
  },
};
