import { EXIT, UsageError, type CommandIO } from "./command.js";
import { COMMANDS } from "./commands.js";
import { parseCommandArgs } from "./parse-args.js";

/**
 * The `dynagen` command line. Returns the exit status: 0 success, 1 schema problems or stale
 * output, 2 usage error, 3 internal error. Never throws.
 *
 * @example process.exitCode = await main(["generate", "--check"]);
 */
export async function main(argv: readonly string[], io: CommandIO = processIO()): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      const print = name === undefined ? io.err.bind(io) : io.out.bind(io);
      for (const line of usageLines()) print(line);
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) {
      io.err(`dynagen: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(", ")})`);
      return EXIT.usage;
    }
    return await command.run(parseCommandArgs(name, command, rest), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`dynagen: ${error.message}`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`dynagen: internal error: ${message.split("\n")[0]}`);
    return EXIT.internal;
  }
}

function usageLines(): string[] {
  return ["usage:", ...Object.values(COMMANDS).map((c) => `  dynagen ${c.usage}`)];
}

function processIO(): CommandIO {
  return {
    cwd: process.cwd(),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
}
