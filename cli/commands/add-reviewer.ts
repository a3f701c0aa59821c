import { addReviewer } from "@/lib/reviewers/add-reviewer";
import { ZReviewerRole } from "@/lib/reviewers/schemas";

import { CLI_ACTOR, type CliCommand } from "../commands";
import { CliUsageError, parseArgs } from "../usage";

export const addReviewerCommand: CliCommand = {
  args: "<mxid> <triage|moderator|lead|admin> [--child-safety|--no-child-safety]",
  summary: "Add a reviewer to the roster, or change their role",
  async run(args, { db }) {
    const { positional, options } = parseArgs(args, { boolean: ["child-safety", "no-child-safety"] });
    const [mxid, roleName] = positional;
    if (!mxid || !roleName) throw new CliUsageError(`Usage: add-reviewer ${this.args}`);
    const role = ZReviewerRole.safeParse(roleName.toUpperCase());
    if (!role.success) throw new CliUsageError(`Unknown role "${roleName}": use triage, moderator, lead or admin.`);
    const { reviewer, change } = await addReviewer(
      db,
      {
        mxid,
        role: role.data,
        childSafety: options["child-safety"] ? true : options["no-child-safety"] ? false : undefined,
      },
      CLI_ACTOR,
    );
    const qualification = reviewer.childSafety ? ", child-safety qualified" : "";
    const verb = { added: "Added", updated: "Updated", unchanged: "Unchanged:" }[change];
    console.log(`${verb} ${reviewer.mxid} (${reviewer.role.toLowerCase()}${qualification}).`);
  },
};
