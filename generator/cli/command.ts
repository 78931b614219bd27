/** Where a command writes and what folder relative paths are read from. */
export interface CommandIO {
  readonly cwd: string;
  out(line: string): void;
  err(line: string): void;
}

/** Options and positionals after the command name, as `parseCommandArgs` reads them. */
export interface CommandArgs {
  readonly options: Readonly<Record<string, string | true>>;
  readonly positionals: readonly string[];
}

/** One CLI command. The dispatch table in commands.ts maps names to these. */
export interface Command {
  /** One-line usage after `dynagen `, e.g. `validate [--schemas schemas]`. */
  readonly usage: string;
  /** Accepted options (without `--`): `value` takes an argument, `boolean` does not. */
  readonly options: Readonly<Record<string, "value" | "boolean">>;
  /** Names of the required positional arguments, in order. */
  readonly positionals: readonly string[];
  /** Runs the command; resolves to the exit status. */
  run(args: CommandArgs, io: CommandIO): Promise<number>;
}

/** A mistake in how the CLI was called: printed as one line, exit status 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Exit statuses. */
export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 3 } as const;
