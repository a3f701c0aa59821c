import type { CliCommand } from "../commands";

export const migrateCommand: CliCommand = {
  args: "",
  summary: "Apply pending database migrations (the console also does this on every start)",
  async run(_args, { appliedMigrations }) {
    // cli/index.ts prepares the database (and so applies migrations) before any command runs.
    console.log(appliedMigrations.length ? `Applied: ${appliedMigrations.join(", ")}` : "No pending migrations.");
  },
};
