import { UsageError, type Command, type CommandArgs } from "./command.js";

/**
 * Reads `--name value`, `--name=value`, boolean `--flag` and positionals for one command.
 * Unknown options, missing values and a wrong number of positionals are usage errors.
 */
export function parseCommandArgs(name: string, command: Command, argv: readonly string[]): CommandArgs {
  const options: Record<string, string | true> = {};
  const positionals: string[] = [];
  const usage = `usage: dynagen ${command.usage}`;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--") || arg === "--") {
      if (arg !== "--") positionals.push(arg);
      else positionals.push(...argv.slice(i + 1));
      if (arg === "--") break;
      continue;
    }
    const eq = arg.indexOf("=");
    const option = arg.slice(2, eq < 0 ? undefined : eq);
    const kind = command.options[option];
    if (!kind) throw new UsageError(`unknown option "--${option}" for ${name} (${usage})`);
    if (kind === "boolean") {
      if (eq >= 0) throw new UsageError(`option "--${option}" takes no value (${usage})`);
      options[option] = true;
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === "" || (eq < 0 && value.startsWith("--"))) {
      throw new UsageError(`option "--${option}" needs a value (${usage})`);
    }
    options[option] = value;
  }
  if (positionals.length !== command.positionals.length) {
    const expected = command.positionals.length === 0 ? "no arguments" : command.positionals.map((p) => `<${p}>`).join(" ");
    throw new UsageError(`${name} takes ${expected}, got ${positionals.length === 0 ? "none" : positionals.map((p) => `"${p}"`).join(" ")} (${usage})`);
  }
  return { options, positionals };
}

/** The string value of an option, or its default. */
export function optionValue(args: CommandArgs, name: string, fallback: string): string {
  const value = args.options[name];
  return typeof value === "string" ? value : fallback;
}
