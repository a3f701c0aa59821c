import { deactivateReviewer } from "@/lib/reviewers/deactivate-reviewer";

import { CLI_ACTOR, type CliCommand } from "../commands";
import { CliUsageError } from "../usage";

export const removeReviewerCommand: CliCommand = {
  args: "<mxid>",
  summary: "Remove a reviewer (sessions and API tokens stop working; history stays)",
  async run([mxid], { db }) {
    if (!mxid) throw new CliUsageError(`Usage: remove-reviewer ${this.args}`);
    await deactivateReviewer(db, mxid, CLI_ACTOR);
    console.log(`Removed ${mxid} from the roster.`);
  },
};
