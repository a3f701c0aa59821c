/**
 * The operator CLI: `npm run console -- <command> [arguments]`.
 * It uses the same configuration as the console (DATABASE_URL, or the embedded database in the data folder,
 * shared with a console that is running). Every change it makes is audited as `system:cli`.
 */
import { ConfigError } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { prepareDatabase } from "@/lib/runtime/prepare-database";

import { COMMANDS, type CliCommand } from "./commands";
import { CliUsageError, printUsage } from "./usage";

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    printUsage(COMMANDS);
    return name ? 0 : 2;
  }
  const command: CliCommand | undefined = COMMANDS[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n`);
    printUsage(COMMANDS);
    return 2;
  }
  const database = await prepareDatabase();
  try {
    return (
      (await command.run(args, { db: database.db, databaseUrl: database.url, appliedMigrations: database.appliedMigrations })) ?? 0
    );
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    if (error instanceof CliUsageError || error instanceof ConfigError) console.error(error.message);
    else if (error instanceof AppError) console.error(`Error: ${error.message}`);
    else if (error instanceof Error && error.name === "ZodError") console.error(`Invalid input: ${error.message}`);
    else console.error(error);
    process.exit(error instanceof CliUsageError ? 2 : 1);
  });
