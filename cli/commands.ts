import type { Db } from "@/lib/db/client";

import { addReviewerCommand } from "./commands/add-reviewer";
import { auditCommand } from "./commands/audit";
import { createApiTokenCommand } from "./commands/create-api-token";
import { enforceCommand } from "./commands/enforce";
import { evidenceCommand } from "./commands/evidence";
import { listReviewersCommand } from "./commands/list-reviewers";
import { migrateCommand } from "./commands/migrate";
import { removeReviewerCommand } from "./commands/remove-reviewer";
import { syncCommand } from "./commands/sync";

export type CliContext = { db: Db; databaseUrl: string; appliedMigrations: string[] };

export type CliCommand = {
  args: string;
  summary: string;
  run(args: string[], context: CliContext): Promise<number | void>;
};

export const COMMANDS: Record<string, CliCommand> = {
  "add-reviewer": addReviewerCommand,
  "remove-reviewer": removeReviewerCommand,
  "list-reviewers": listReviewersCommand,
  "create-api-token": createApiTokenCommand,
  migrate: migrateCommand,
  audit: auditCommand,
  sync: syncCommand,
  enforce: enforceCommand,
  evidence: evidenceCommand,
};

export const CLI_ACTOR = { kind: "system", name: "cli" } as const;
