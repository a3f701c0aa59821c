import { listReviewers } from "@/lib/reviewers/list-reviewers";

import type { CliCommand } from "../commands";
import { parseArgs } from "../usage";

export const listReviewersCommand: CliCommand = {
  args: "[--json]",
  summary: "List the reviewer roster",
  async run(args, { db }) {
    const { options } = parseArgs(args, { boolean: ["json"] });
    const reviewers = await listReviewers(db);
    if (options.json) {
      console.log(JSON.stringify(reviewers, null, 2));
      return;
    }
    if (reviewers.length === 0) {
      console.log("No reviewers yet. Add one with: npm run console -- add-reviewer @you:example.org admin");
      return;
    }
    const rows = reviewers.map((r) => [
      r.mxid,
      r.role.toLowerCase(),
      r.childSafety ? "child-safety" : "",
      r.deactivatedAt ? "removed" : "active",
      r.lastSignInAt ? r.lastSignInAt.toISOString() : "never signed in",
    ]);
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
    for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join("  "));
  },
};
