import { EXIT, UsageError, type Command, type CommandIO } from "./command.js";
import { COMMANDS } from "./commands.js";
import { parseCommandArgs } from "./parse-args.js";

/**
 * The `dynagen` command line. Returns the exit status: 0 success, 1 schema problems, stale
 * output or a file-system failure, 2 usage error, 3 internal error. Never throws. `commands`
 * is the dispatch table (tests pass their own).
 *
 * @example process.exitCode = await main(["generate", "--check"]);
 */
export async function main(
  argv: readonly string[],
  io: CommandIO = processIO(),
  commands: Readonly<Record<string, Command>> = COMMANDS,
): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      const print = name === undefined ? io.err.bind(io) : io.out.bind(io);
      for (const line of usageLines(commands)) print(line);
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!command) {
      io.err(`dynagen: unknown command "${name}" (commands: ${Object.keys(commands).join(", ")})`);
      return EXIT.usage;
    }
    return await command.run(parseCommandArgs(name, command, rest), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`dynagen: ${error.message}`);
      return EXIT.usage;
    }
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    if (isSystemError(error)) {
      // The file system refused (permissions, a file where a folder should be...): not a bug.
      io.err(`dynagen: ${message}`);
      return EXIT.failed;
    }
    io.err(`dynagen: internal error: ${message}`);
    return EXIT.internal;
  }
}

function usageLines(commands: Readonly<Record<string, Command>>): string[] {
  return ["usage:", ...Object.values(commands).map((c) => `  dynagen ${c.usage}`)];
}

function isSystemError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === "string" && /^E[A-Z]+$/.test(code);
}

function processIO(): CommandIO {
  return {
    cwd: process.cwd(),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
}
