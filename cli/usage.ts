import type { CliCommand } from "./commands";

export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliUsageError";
  }
}

export function printUsage(commands: Record<string, CliCommand>): void {
  console.log("Usage: npm run console -- <command> [arguments]\n\nCommands:");
  for (const [name, command] of Object.entries(commands)) {
    console.log(`  ${`${name} ${command.args}`.padEnd(52)} ${command.summary}`);
  }
}

/** Splits `--flag value` / `--flag` options from positional arguments. */
export function parseArgs(args: string[], flags: { value?: string[]; boolean?: string[] } = {}) {
  const positional: string[] = [];
  const options: Record<string, string | boolean> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (flags.boolean?.includes(name)) options[name] = true;
    else if (flags.value?.includes(name)) {
      const value = args[++i];
      if (value === undefined) throw new CliUsageError(`--${name} needs a value.`);
      options[name] = value;
    } else throw new CliUsageError(`Unknown option --${name}.`);
  }
  return { positional, options };
}
