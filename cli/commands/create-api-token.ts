import { createApiToken } from "@/lib/auth/api-tokens";

import { CLI_ACTOR, type CliCommand } from "../commands";
import { CliUsageError, parseArgs } from "../usage";

export const createApiTokenCommand: CliCommand = {
  args: "<mxid> [--name NAME] [--expires-days N]",
  summary: "Create a personal API token (same permissions as its reviewer)",
  async run(args, { db }) {
    const { positional, options } = parseArgs(args, { value: ["name", "expires-days"] });
    const [mxid] = positional;
    if (!mxid) throw new CliUsageError(`Usage: create-api-token ${this.args}`);
    const days = options["expires-days"];
    const token = await createApiToken(
      db,
      {
        mxid,
        name: typeof options.name === "string" ? options.name : undefined,
        expiresInDays: typeof days === "string" ? Number.parseInt(days, 10) : undefined,
      },
      CLI_ACTOR,
    );
    // The secret goes to stdout alone so scripts can capture it; the explanation goes to stderr.
    console.error(
      `Created API token ${token.prefix}… for ${mxid}${token.expiresAt ? `, expires ${token.expiresAt.toISOString()}` : ""}.\n` +
        "It is shown only now. Send it as: Authorization: Bearer <token>",
    );
    console.log(token.secret);
  },
};
